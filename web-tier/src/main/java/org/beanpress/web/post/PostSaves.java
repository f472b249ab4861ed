package org.beanpress.web.post;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.beanpress.core.post.PostAutosaveRepository;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRevisionRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What every save of a post does besides storing it: checks its schedule, keeps a
 * revision (in the save's transaction), and drops the saver's autosaved copy that the
 * save supersedes.
 */
@Component
class PostSaves {

	/** Far enough for any plan, near enough to stay inside DATETIME's range. */
	private static final Duration FURTHEST_SCHEDULE = Duration.ofDays(3660);

	private final PostRevisionRepository revisions;

	private final PostAutosaveRepository autosaves;

	private final Clock clock;

	PostSaves(PostRevisionRepository revisions, PostAutosaveRepository autosaves, Clock clock) {
		this.revisions = revisions;
		this.autosaves = autosaves;
		this.clock = clock;
	}

	/** A SCHEDULED post needs a publication time in the future (400 otherwise). */
	void checkSchedule(PostRequest request) {
		if (request.status() != PostStatus.SCHEDULED) {
			return;
		}
		var now = clock.instant();
		if (request.publishAt() == null) {
			throw badRequest("publishAt: is required when status is SCHEDULED (a future UTC time such as "
					+ now.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES) + ")");
		}
		if (!request.publishAt().isAfter(now)) {
			throw badRequest("publishAt: must be in the future to schedule the post (it is " + request.publishAt()
					+ ", now is " + now + "); to publish now, use status PUBLISHED");
		}
		if (request.publishAt().isAfter(now.plus(FURTHEST_SCHEDULE))) {
			throw badRequest("publishAt: must be within 10 years from now");
		}
	}

	void created(CurrentUser author, long postId, PostContent content) {
		revisions.record(postId, author.id(), content.title(), content.markdown());
		autosaves.delete(author.id(), Optional.empty());
	}

	void updated(CurrentUser user, long postId, PostContent content) {
		revisions.record(postId, user.id(), content.title(), content.markdown());
		autosaves.delete(user.id(), Optional.of(postId));
	}

	private static ProblemException badRequest(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, detail);
	}

}
