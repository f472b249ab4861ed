package org.beanpress.core.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * Turns the uploaded images a post shows into responsive ones at render time, because
 * variants arrive after the post is saved: a READY image gets
 * {@code srcset}/{@code sizes} from its variants (WordPress's rule: same aspect ratio, up
 * to 2048 wide), a PENDING one a placeholder, a FAILED one its reason, shown only to who
 * may manage it.
 */
@Component
public class ResponsiveImages {

	/** An image of the sanitized HTML whose src is one of our originals. */
	private static final Pattern IMAGE = Pattern
		.compile("<img([^>]*?)\\ssrc=\"(" + MediaKey.ORIGINAL_URL_REGEX + ")\"([^>]*)>");

	private static final int MAX_SRCSET_WIDTH = 2048;

	private final MediaRepository media;

	public ResponsiveImages(MediaRepository media) {
		this.media = media;
	}

	/** The original keys of the uploaded images a post's HTML shows. */
	public static List<MediaKey> originalKeysIn(String safeHtml) {
		return IMAGE.matcher(safeHtml).results().map(ResponsiveImages::originalKey).distinct().toList();
	}

	private static MediaKey originalKey(MatchResult image) {
		return MediaKey.ofUrl(image.group(2)).orElseThrow();
	}

	/**
	 * The rendered body, and whether it still waits for images (so caches keep it only
	 * briefly).
	 */
	public record Body(String html, boolean pending) {
	}

	public Body render(String safeHtml, Optional<Viewer> viewer) {
		var keys = originalKeysIn(safeHtml);
		if (keys.isEmpty()) {
			return new Body(safeHtml, false);
		}
		Map<MediaKey, Media> byKey = media.findByOriginalKeys(keys)
			.stream()
			.collect(Collectors.toMap(Media::originalKey, Function.identity()));
		Map<Long, List<MediaVariant>> variants = media.findVariants(byKey.values().stream().map(Media::id).toList())
			.stream()
			.collect(Collectors.groupingBy(MediaVariant::mediaId));
		var pending = byKey.values().stream().anyMatch(item -> item.status() == MediaStatus.PENDING);
		var html = IMAGE.matcher(safeHtml)
			.replaceAll(
					match -> Matcher.quoteReplacement(image(match, byKey.get(originalKey(match)), variants, viewer)));
		return new Body(html, pending);
	}

	private static String image(MatchResult match, Media item, Map<Long, List<MediaVariant>> variants,
			Optional<Viewer> viewer) {
		if (item == null) {
			return match.group();
		}
		return switch (item.status()) {
			case READY -> ready(match, item, variants.getOrDefault(item.id(), List.of()));
			case PENDING -> "<span class=\"media-pending\" role=\"img\" aria-label=\"Image being processed\">"
					+ "Image being processed…</span>";
			case FAILED -> viewer.filter(user -> user.mayManage(item.ownerId()))
				.map(user -> "<span class=\"media-failed\">This image could not be processed: "
						+ HtmlEscape.escapeHtml5(item.failureReason()) + "</span>")
				.orElse("");
		};
	}

	private static String ready(MatchResult match, Media item, List<MediaVariant> variants) {
		var responsive = variants.stream()
			.filter(variant -> !variant.sizeName().equals("thumbnail"))
			.filter(variant -> variant.width() <= MAX_SRCSET_WIDTH)
			.sorted((a, b) -> Integer.compare(a.width(), b.width()))
			.toList();
		if (responsive.isEmpty()) {
			return match.group();
		}
		// like WordPress, the fallback src is the largest
		// variant up to 1024 wide; browsers choose from srcset
		var fallback = responsive.stream()
			.filter(variant -> variant.width() <= 1024)
			.reduce((a, b) -> b)
			.orElse(responsive.get(0));
		var srcset = responsive.stream()
			.map(variant -> variant.storageKey().url() + " " + variant.width() + "w")
			.collect(Collectors.joining(", "));
		var attributes = (match.group(1) + match.group(3)).replaceAll("\\s(srcset|sizes|width|height)=\"[^\"]*\"", "")
			.replaceAll("\\s*/$", "");
		return "<img" + attributes + " src=\"" + fallback.storageKey().url() + "\" srcset=\"" + srcset
				+ "\" sizes=\"(max-width: " + fallback.width() + "px) 100vw, " + fallback.width() + "px\" width=\""
				+ fallback.width() + "\" height=\"" + fallback.height() + "\" loading=\"lazy\" />";
	}

}
