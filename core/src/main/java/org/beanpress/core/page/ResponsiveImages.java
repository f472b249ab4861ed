package org.beanpress.core.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * may manage it. A link to an original points at its largest variant instead. The media's
 * alt text fills in where the post gives none, and its caption turns an image alone in
 * its paragraph into a {@code <figure>} with a {@code <figcaption>}.
 * <p>
 * Authors refer to images by their original's URL, but what this renders never does:
 * originals keep the metadata of the upload (GPS position, camera serial) and are served
 * to their owner only, while variants carry none.
 */
@Component
public class ResponsiveImages {

	/** An image of the sanitized HTML whose src is one of our originals. */
	private static final Pattern IMAGE = Pattern
		.compile("<img([^>]*?)\\ssrc=\"(" + MediaKey.ORIGINAL_URL_REGEX + ")\"([^>]*)>");

	/** A link of the sanitized HTML to one of our originals. */
	private static final Pattern LINK = Pattern.compile("\\shref=\"(" + MediaKey.ORIGINAL_URL_REGEX + ")\"");

	/** A paragraph that holds nothing but one such image. */
	private static final Pattern PARAGRAPH = Pattern.compile("<p>\\s*(<img[^>]*>)\\s*</p>");

	private static final Pattern ALT = Pattern.compile("\\salt=\"");

	private static final String UNAVAILABLE = "<span class=\"media-unavailable\" role=\"img\" "
			+ "aria-label=\"Image not available\">Image not available</span>";

	private final MediaRepository media;

	public ResponsiveImages(MediaRepository media) {
		this.media = media;
	}

	/** The original keys of the uploaded images a post's HTML shows or links to. */
	public static List<MediaKey> originalKeysIn(String safeHtml) {
		return Stream
			.concat(IMAGE.matcher(safeHtml).results().map(ResponsiveImages::imageKey),
					LINK.matcher(safeHtml).results().map(ResponsiveImages::linkKey))
			.distinct()
			.toList();
	}

	private static MediaKey imageKey(MatchResult image) {
		return MediaKey.ofUrl(image.group(2)).orElseThrow();
	}

	private static MediaKey linkKey(MatchResult link) {
		return MediaKey.ofUrl(link.group(1)).orElseThrow();
	}

	/**
	 * The rendered body, and whether it still waits for images (so caches keep it only
	 * briefly).
	 */
	public record Body(String html, boolean pending) {
	}

	public Body render(String safeHtml, Optional<Viewer> viewer) {
		return renderAll(List.of(safeHtml), viewer).get(0);
	}

	/** Several bodies (a list of posts) with one look-up of their images. */
	public List<Body> renderAll(List<String> safeHtmls, Optional<Viewer> viewer) {
		var keys = safeHtmls.stream().flatMap(html -> originalKeysIn(html).stream()).distinct().toList();
		if (keys.isEmpty()) {
			return safeHtmls.stream().map(html -> new Body(html, false)).toList();
		}
		Map<MediaKey, Media> byKey = media.findByOriginalKeys(keys)
			.stream()
			.collect(Collectors.toMap(Media::originalKey, Function.identity()));
		Map<Long, List<MediaVariant>> variants = media.findVariants(byKey.values().stream().map(Media::id).toList())
			.stream()
			.collect(Collectors.groupingBy(MediaVariant::mediaId));
		return safeHtmls.stream().map(html -> render(html, byKey, variants, viewer)).toList();
	}

	private static Body render(String safeHtml, Map<MediaKey, Media> byKey, Map<Long, List<MediaVariant>> variants,
			Optional<Viewer> viewer) {
		var pending = originalKeysIn(safeHtml).stream()
			.map(byKey::get)
			.anyMatch(item -> item != null && item.status() == MediaStatus.PENDING);
		var html = PARAGRAPH.matcher(safeHtml)
			.replaceAll(match -> Matcher.quoteReplacement(figure(match, byKey, variants, viewer)));
		html = IMAGE.matcher(html)
			.replaceAll(match -> Matcher.quoteReplacement(image(match, byKey.get(imageKey(match)), variants, viewer)));
		html = LINK.matcher(html)
			.replaceAll(match -> Matcher.quoteReplacement(link(byKey.get(linkKey(match)), variants)));
		return new Body(html, pending);
	}

	/**
	 * The largest variant of a READY image, for a link to its original; no link (the
	 * anchor's text stays) while there is none.
	 */
	private static String link(Media item, Map<Long, List<MediaVariant>> variants) {
		if (item == null || item.status() != MediaStatus.READY) {
			return "";
		}
		return variants.getOrDefault(item.id(), List.of())
			.stream()
			.max(Comparator.comparingInt(MediaVariant::width))
			.map(largest -> " href=\"" + largest.storageKey().url() + "\"")
			.orElse("");
	}

	private static String image(MatchResult match, Media item, Map<Long, List<MediaVariant>> variants,
			Optional<Viewer> viewer) {
		if (item == null) {
			return UNAVAILABLE;
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
		var set = VariantSet.of(variants);
		if (set.isEmpty()) {
			return UNAVAILABLE;
		}
		var fallback = set.get().fallback();
		var attributes = (match.group(1) + match.group(3)).replaceAll("\\s(srcset|sizes|width|height)=\"[^\"]*\"", "")
			.replaceAll("\\s*/$", "");
		if (item.altText() != null && !item.altText().isBlank()) {
			// the author's own alt text in the post wins; the library's fills in for none
			attributes = attributes.replaceAll("\\salt=\"\"", "");
			if (!ALT.matcher(attributes).find()) {
				attributes += " alt=\"" + HtmlEscape.escapeHtml5(item.altText()) + "\"";
			}
		}
		return "<img" + attributes + " src=\"" + fallback.storageKey().url() + "\" srcset=\"" + set.get().srcset()
				+ "\" sizes=\"" + set.get().sizes() + "\" width=\"" + fallback.width() + "\" height=\""
				+ fallback.height() + "\" loading=\"lazy\" />";
	}

	/**
	 * A READY image alone in its paragraph whose media has a caption becomes a figure
	 * with that caption; other paragraphs stay as they are.
	 */
	private static String figure(MatchResult paragraph, Map<MediaKey, Media> byKey,
			Map<Long, List<MediaVariant>> variants, Optional<Viewer> viewer) {
		var image = IMAGE.matcher(paragraph.group(1));
		if (!image.matches()) {
			return paragraph.group();
		}
		var item = byKey.get(imageKey(image));
		var rendered = image(image, item, variants, viewer);
		if (item == null || item.status() != MediaStatus.READY || item.caption() == null || item.caption().isBlank()
				|| !rendered.startsWith("<img")) {
			return "<p>" + rendered + "</p>";
		}
		return "<figure>" + rendered + "<figcaption>" + HtmlEscape.escapeHtml5(item.caption())
				+ "</figcaption></figure>";
	}

}
