package org.beanpress.web.media;

import org.beanpress.core.media.MediaRepository;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may make which media a post's featured image: media the post's author owns, or any
 * media when an admin saves the post.
 */
@Component
public class FeaturedMedia {

	private final MediaRepository media;

	public FeaturedMedia(MediaRepository media) {
		this.media = media;
	}

	/**
	 * The media id, once checked (null: no featured image). Call first in the transaction
	 * that saves the post: the media row stays locked until it ends, so media being
	 * deleted meanwhile either sees the post or is gone before it is checked.
	 */
	public Long checked(CurrentUser user, long authorId, Long mediaId) {
		if (mediaId == null) {
			return null;
		}
		var item = media.findByIdForUpdate(mediaId)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
					"featuredMediaId: there is no media with id " + mediaId));
		if (item.ownerId() != authorId && !user.isAdmin()) {
			throw ProblemException.forbidden("featuredMediaId: media " + mediaId + " is not the author's");
		}
		return mediaId;
	}

}
