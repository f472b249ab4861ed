package org.beanpress.core.page;

import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.beanpress.core.job.CacheWarmJob;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostLink;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Usernames;
import org.springframework.stereotype.Component;

/**
 * Asks the worker tier to re-render the public pages a change touches, through the outbox
 * in the caller's transaction: the change and its cache jobs commit together.
 */
@Component
public class PageWarming {

	private final OutboxRepository outbox;

	private final PostRepository posts;

	private final TermRepository terms;

	public PageWarming(OutboxRepository outbox, PostRepository posts, TermRepository terms) {
		this.outbox = outbox;
		this.posts = posts;
		this.terms = terms;
	}

	/**
	 * The archives a post is listed in as stored now: its categories (with their
	 * parents), its tags and its author. Read it before a change too, since the change
	 * may take the post out of some.
	 */
	public Set<Archive> archivesOf(long postId) {
		var archives = new LinkedHashSet<Archive>();
		for (var term : terms.findByPost(postId)) {
			archives.add(new Archive(Archive.Kind.of(term.kind()), term.slug()));
		}
		posts.findById(postId)
			.map(Post::authorName)
			.ifPresent(author -> archives.add(new Archive(Archive.Kind.AUTHOR, Usernames.canonical(author))));
		return archives;
	}

	/**
	 * A post was published, edited or deleted: its page, the front page and the archives
	 * it is in now change.
	 * @return the archives to warm (and for the caller to evict)
	 */
	public Set<Archive> postChanged(long postId, String slug) {
		return postChanged(postId, slug, Set.of());
	}

	/**
	 * As {@link #postChanged(long, String)}, and also the archives the post was in before
	 * the change (read with {@link #archivesOf(long)}): a post taken out of a tag must
	 * leave that tag's page too.
	 * @return the archives to warm (and for the caller to evict)
	 */
	public Set<Archive> postChanged(long postId, String slug, Set<Archive> before) {
		outbox.enqueue(JobQueue.CACHE, CacheWarmJob.post(postId, slug));
		outbox.enqueue(JobQueue.CACHE, CacheWarmJob.frontPage());
		var archives = new LinkedHashSet<>(before);
		archives.addAll(archivesOf(postId));
		for (var archive : archives) {
			outbox.enqueue(JobQueue.CACHE, CacheWarmJob.archive(archive.kind().segment(), archive.name()));
		}
		return archives;
	}

	/**
	 * Many posts changed at once (e.g. they changed author): each page once, the front
	 * page once, and the union of the archives they were in before (see
	 * {@link #archivesOf(long)}) and are in now.
	 * @return the archives to warm (and for the caller to evict)
	 */
	public Set<Archive> postsChanged(Collection<PostLink> changed, Set<Archive> before) {
		var archives = new LinkedHashSet<>(before);
		for (var post : changed) {
			outbox.enqueue(JobQueue.CACHE, CacheWarmJob.post(post.id(), post.slug()));
			archives.addAll(archivesOf(post.id()));
		}
		outbox.enqueue(JobQueue.CACHE, CacheWarmJob.frontPage());
		for (var archive : archives) {
			outbox.enqueue(JobQueue.CACHE, CacheWarmJob.archive(archive.kind().segment(), archive.name()));
		}
		return archives;
	}

	/**
	 * An image became READY or FAILED, or its alt text or caption changed: the pages of
	 * the published posts showing it change, and the front page and archives listing the
	 * posts it is the featured image of (their thumbnails).
	 */
	public void imageChanged(MediaKey originalKey) {
		var featuring = posts.findPublishedFeaturing(originalKey);
		var slugs = new LinkedHashMap<Long, String>();
		Stream.concat(posts.findPublishedShowing(originalKey).stream(), featuring.stream())
			.forEach(post -> slugs.put(post.id(), post.slug()));
		slugs.forEach((id, slug) -> outbox.enqueue(JobQueue.CACHE, CacheWarmJob.post(id, slug)));
		if (!featuring.isEmpty()) {
			outbox.enqueue(JobQueue.CACHE, CacheWarmJob.frontPage());
		}
		featuring.stream()
			.flatMap(post -> archivesOf(post.id()).stream())
			.distinct()
			.forEach(archive -> outbox.enqueue(JobQueue.CACHE,
					CacheWarmJob.archive(archive.kind().segment(), archive.name())));
	}

}
