package org.beanpress.core.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.post.Post;
import org.springframework.stereotype.Component;

/** The image that stands for a post where it is shared or syndicated. */
@Component
public class SiteImages {

	private static final int MAX_WIDTH = 2048;

	private final MediaRepository media;

	private final SiteUrls urls;

	public SiteImages(MediaRepository media, SiteUrls urls) {
		this.media = media;
		this.urls = urls;
	}

	/**
	 * The post's lead image: its featured image, else the first uploaded image its body
	 * shows, once READY. Its largest variant up to 2048 wide other than the cropped
	 * thumbnail, as srcset offers them.
	 */
	public Optional<SiteImage> lead(Post post) {
		return Optional.ofNullable(post.featuredMediaId())
			.flatMap(id -> media.findByIds(List.of(id)).stream().findFirst())
			.filter(found -> found.status() == MediaStatus.READY)
			.or(() -> ResponsiveImages.originalKeysIn(post.html()).stream().findFirst().flatMap(this::readyMedia))
			.flatMap(this::largestVariant);
	}

	private Optional<Media> readyMedia(MediaKey originalKey) {
		return media.findByOriginalKeys(List.of(originalKey))
			.stream()
			.filter(found -> found.status() == MediaStatus.READY)
			.findFirst();
	}

	private Optional<SiteImage> largestVariant(Media item) {
		return Optional.of(item)
			.flatMap(found -> media.findVariants(List.of(found.id()))
				.stream()
				.filter(variant -> !variant.sizeName().equals("thumbnail") && variant.width() <= MAX_WIDTH)
				.max(Comparator.comparingInt(MediaVariant::width)))
			.map(variant -> new SiteImage(urls.absolute(variant.storageKey().url()), variant.width(), variant.height(),
					variant.storageKey().type().mediaType(), variant.bytes()));
	}

}
