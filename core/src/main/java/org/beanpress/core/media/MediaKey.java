package org.beanpress.core.media;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a media file lives in shared storage and the URL it is served at: the one place
 * that knows their layout.
 * <ul>
 * <li>an original: {@code originals/{owner}/{sha256}.{ext}}</li>
 * <li>a variant: {@code variants/{owner}/{original's sha256}-{size}-{first 12 hex digits
 * of its own sha256}.{ext}}</li>
 * </ul>
 * A key names its content, so it never points at other bytes, and every media URL may be
 * cached forever. The URL is {@value #URL_PREFIX} followed by the key: nginx serves it
 * from EFS in AWS, the web tier from shared storage elsewhere. The extension is the
 * {@link ImageType}'s, so a new format needs only its line there.
 */
public final class MediaKey {

	public static final String URL_PREFIX = "/media/";

	private static final String EXTENSION = Arrays.stream(ImageType.values())
		.map(ImageType::extension)
		.collect(Collectors.joining("|", "(", ")"));

	private static final String ORIGINALS = "originals/";

	private static final String VARIANTS = "variants/";

	private static final Pattern ORIGINAL = Pattern.compile(ORIGINALS + "([0-9]{1,18})/([0-9a-f]{64})\\." + EXTENSION);

	private static final Pattern VARIANT = Pattern
		.compile(VARIANTS + "([0-9]{1,18})/([0-9a-f]{64})-[a-z0-9_]{1,32}-[0-9a-f]{12}\\." + EXTENSION);

	/**
	 * The URL of an original as a regular expression without groups, for finding
	 * originals in HTML.
	 */
	public static final String ORIGINAL_URL_REGEX = Pattern.quote(URL_PREFIX) + ORIGINAL.pattern().replace("(", "(?:");

	private static final int VARIANT_HASH_LENGTH = 12;

	private final String value;

	private final long ownerId;

	private final String originalSha256;

	private final ImageType type;

	private MediaKey(String value, long ownerId, String originalSha256, ImageType type) {
		this.value = value;
		this.ownerId = ownerId;
		this.originalSha256 = originalSha256;
		this.type = type;
	}

	/** The key of an upload: its owner, its content's SHA-256 (hex) and its real type. */
	public static MediaKey original(long ownerId, String sha256, ImageType type) {
		return of(ORIGINALS + ownerId + "/" + sha256 + "." + type.extension());
	}

	/**
	 * The key of one of this original's variants. It changes whenever the variant's bytes
	 * do (a regeneration with other settings), so an old URL never serves new bytes.
	 */
	public MediaKey variant(String sizeName, String variantSha256, ImageType format) {
		if (!isOriginal()) {
			throw new IllegalStateException("Only an original has variants, not " + this.value);
		}
		return of(VARIANTS + this.ownerId + "/" + this.originalSha256 + "-" + sizeName + "-"
				+ variantSha256.substring(0, VARIANT_HASH_LENGTH) + "." + format.extension());
	}

	/**
	 * The key, if this is the key of an original or a variant; anything else (a path, a
	 * temporary file) is empty.
	 */
	public static Optional<MediaKey> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		var original = ORIGINAL.matcher(key);
		if (original.matches()) {
			return Optional.of(new MediaKey(key, Long.parseLong(original.group(1)), original.group(2), type(original)));
		}
		var variant = VARIANT.matcher(key);
		if (variant.matches()) {
			return Optional.of(new MediaKey(key, Long.parseLong(variant.group(1)), variant.group(2), type(variant)));
		}
		return Optional.empty();
	}

	/**
	 * A key the application made (stored in the database): a malformed one is a bug, not
	 * input.
	 */
	public static MediaKey of(String key) {
		return parse(key).orElseThrow(() -> new IllegalArgumentException("Not a media key: " + key));
	}

	/** The key a media URL points at, if it is one. */
	public static Optional<MediaKey> ofUrl(String url) {
		return (url != null && url.startsWith(URL_PREFIX)) ? parse(url.substring(URL_PREFIX.length()))
				: Optional.empty();
	}

	private static ImageType type(Matcher match) {
		var extension = match.group(match.groupCount());
		return ImageType.ofExtension(extension).orElseThrow();
	}

	public boolean isOriginal() {
		return this.value.startsWith(ORIGINALS);
	}

	public long ownerId() {
		return this.ownerId;
	}

	/** The type the file is served as. */
	public ImageType type() {
		return this.type;
	}

	/** The path below shared storage's root. */
	public String value() {
		return this.value;
	}

	/** The path readers fetch it at. */
	public String url() {
		return URL_PREFIX + this.value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MediaKey key && this.value.equals(key.value);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
