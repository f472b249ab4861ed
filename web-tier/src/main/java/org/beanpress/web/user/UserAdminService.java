package org.beanpress.web.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.beanpress.core.page.Archive;
import org.beanpress.core.page.PageCache;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.post.PostLink;
import org.beanpress.core.user.ApiTokenRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserContentRepository;
import org.beanpress.core.user.UserOrder;
import org.beanpress.core.user.UserRepository;
import org.beanpress.core.user.UserSummary;
import org.beanpress.web.system.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What admins do to other accounts: list and search them, change their role, disable or
 * enable them, and delete them, handing what they wrote to another account. A change that
 * would leave no enabled admin is refused; the admin rows are locked for it, so two
 * admins acting on each other at once cannot both pass.
 */
@Service
class UserAdminService {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_PAGE = 10_000;

	private final UserRepository users;

	private final UserContentRepository content;

	private final ApiTokenRepository tokens;

	private final AccountService accounts;

	private final PageWarming warming;

	private final PageCache cache;

	private final TransactionTemplate transaction;

	private final Clock clock;

	UserAdminService(UserRepository users, UserContentRepository content, ApiTokenRepository tokens,
			AccountService accounts, PageWarming warming, PageCache cache, TransactionTemplate transaction,
			Clock clock) {
		this.users = users;
		this.content = content;
		this.tokens = tokens;
		this.accounts = accounts;
		this.warming = warming;
		this.cache = cache;
		this.transaction = transaction;
		this.clock = clock;
	}

	UserPage list(String query, UserOrder order, int page, int size) {
		if (page < 1 || page > MAX_PAGE) {
			throw ProblemException.badRequest("page: must be 1 to " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ProblemException.badRequest("size: must be 1 to " + MAX_PAGE_SIZE);
		}
		if (query != null && query.length() > 100) {
			throw ProblemException.badRequest("q: must be at most 100 characters");
		}
		var found = users.search(query, order, size, (page - 1) * size);
		var total = users.count(query);
		return new UserPage(found, page, size, total, (long) page * size < total);
	}

	User update(CurrentUser admin, long id, UserChangeRequest request) {
		if (request.role() == null && request.disabled() == null) {
			throw ProblemException.badRequest("Send 'role' (" + List.of(Role.values()) + ") and/or 'disabled'");
		}
		if (admin.id() == id && Boolean.TRUE.equals(request.disabled())) {
			throw ProblemException.conflict("An admin cannot disable their own account; ask another admin");
		}
		return transaction.execute(status -> {
			var user = existing(id);
			var losesAdmin = (request.role() != null && request.role() != Role.ADMIN)
					|| Boolean.TRUE.equals(request.disabled());
			if (losesAdmin) {
				requireAnotherAdmin(user);
			}
			if (request.role() != null && request.role() != user.role()) {
				accounts.changeRole(admin, id, request.role());
			}
			if (request.disabled() != null && request.disabled() != user.disabled()) {
				users.updateDisabled(id, request.disabled());
				if (request.disabled()) {
					tokens.revokeAll(id, clock.instant());
				}
			}
			return users.findById(id).orElseThrow();
		});
	}

	/**
	 * Deletes an account after giving its posts (with the revisions it saved) and media
	 * to {@code heirId}, all in one transaction; its tokens, reset links and autosaves go
	 * with it, and so do its comments. The moved posts' pages and those its approved
	 * comments were on, the front page and the archives they are in (the old and the new
	 * author's included) are warmed through the outbox and evicted after commit.
	 */
	void delete(CurrentUser admin, long id, Long heirId) {
		if (admin.id() == id) {
			throw ProblemException.conflict("An admin cannot delete their own account; ask another admin");
		}
		var moved = transaction.execute(status -> {
			var user = existing(id);
			requireAnotherAdmin(user);
			var posts = content.countPosts(id);
			var media = content.countMedia(id);
			// the account's comments go with it (ON DELETE CASCADE): their pages change
			var pages = new ArrayList<>(content.findPublishedPostsCommentedOn(id));
			var before = new LinkedHashSet<Archive>();
			if (posts + media > 0) {
				var heir = heir(id, heirId, posts, media);
				var clashes = content.findMediaBothOwn(id, heir.id());
				if (!clashes.isEmpty()) {
					throw ProblemException
						.conflict("reassignTo: account " + heir.id() + " already has the same files as media " + clashes
								+ " of this account; delete those media items (or theirs) first");
				}
				var published = content.findPublishedPosts(id);
				published.forEach(post -> before.addAll(warming.archivesOf(post.id())));
				content.reassign(id, heir.id());
				pages.addAll(published);
			}
			users.delete(id);
			return pages.isEmpty() ? new Moved(List.of(), Set.of())
					: new Moved(pages, warming.postsChanged(pages, before));
		});
		// readers must not see the old byline or the comments while the worker re-renders
		if (!moved.published().isEmpty()) {
			moved.published().forEach(post -> cache.evictPost(post.slug()));
			cache.evictFrontPage();
			cache.evictFeedsAndSitemaps();
			cache.evictArchives(moved.archives());
		}
	}

	/** The published posts a deletion moved, and the archives that list them. */
	private record Moved(List<PostLink> published, Set<Archive> archives) {
	}

	private User heir(long id, Long heirId, long posts, long media) {
		if (heirId == null) {
			throw ProblemException.badRequest("reassignTo: is required: the account has " + posts + " posts and "
					+ media + " media items; name the account (its id) that takes them over");
		}
		if (heirId == id) {
			throw ProblemException.badRequest("reassignTo: must be another account than the one deleted");
		}
		var heir = users.findById(heirId)
			.orElseThrow(() -> ProblemException.badRequest("reassignTo: there is no account with id " + heirId));
		if (heir.disabled()) {
			throw ProblemException.conflict("reassignTo: account " + heirId + " is disabled; choose an enabled one");
		}
		return heir;
	}

	private User existing(long id) {
		return users.findById(id).orElseThrow(() -> ProblemException.notFound("There is no account with id " + id));
	}

	/** Run in the change's transaction: locks the admin rows until it ends. */
	private void requireAnotherAdmin(User user) {
		var admins = users.lockActiveAdmins();
		if (admins.contains(user.id()) && admins.size() == 1) {
			throw ProblemException
				.conflict("Account " + user.id() + " is the last enabled admin; make another account an admin first");
		}
	}

	/** A page of the admin list. */
	record UserPage(List<UserSummary> users, int page, int size, long total, boolean hasNext) {
	}

}
