package org.beanpress.core.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.post.Post;
import org.springframework.stereotype.Component;

/**
 * The featured images of posts, for the post page, lists of posts (the {@code thumbnail}
 * fragment); Open Graph takes them through SiteImages. Media still PENDING, FAILED or
 * without variants has none yet: when it becomes READY the pages featuring it are warmed
 * again.
 */
@Component
public class FeaturedImages {

	private final MediaRepository media;

	public FeaturedImages(MediaRepository media) {
		this.media = media;
	}

	public Optional<FeaturedImage> of(Post post) {
		return Optional.ofNullable(forPosts(List.of(post)).get(post.id()));
	}

	/** The featured images of a list of posts by post id, with one look-up for all. */
	public Map<Long, FeaturedImage> forPosts(List<Post> posts) {
		var ids = posts.stream().map(Post::featuredMediaId).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Media> byId = media.findByIds(ids)
			.stream()
			.filter(item -> item.status() == MediaStatus.READY)
			.collect(Collectors.toMap(Media::id, Function.identity()));
		Map<Long, List<MediaVariant>> variants = media.findVariants(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(MediaVariant::mediaId));
		var images = new HashMap<Long, FeaturedImage>();
		for (var post : posts) {
			Optional.ofNullable(post.featuredMediaId())
				.map(byId::get)
				.flatMap(item -> image(item, variants.getOrDefault(item.id(), List.of())))
				.ifPresent(image -> images.put(post.id(), image));
		}
		return images;
	}

	private static Optional<FeaturedImage> image(Media item, List<MediaVariant> variants) {
		return VariantSet.of(variants).map(set -> {
			var alt = (item.altText() == null) ? "" : item.altText();
			var shown = set.fallback();
			var thumbnail = set.smallest();
			return new FeaturedImage(item.id(), alt, item.caption(), shown.storageKey().url(), set.srcset(),
					set.sizes(), shown.width(), shown.height(), thumbnail.storageKey().url(),
					VariantSet.sizes(thumbnail), thumbnail.width(), thumbnail.height());
		});
	}

}
