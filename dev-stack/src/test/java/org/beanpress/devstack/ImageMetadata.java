package org.beanpress.devstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.metadata.xmp.XMPReader;

/**
 * What a JPEG tells about where and with what it was taken, read by a metadata parser
 * (TwelveMonkeys), not by looking for bytes: EXIF GPS, maker notes and serial numbers,
 * and any XMP or IPTC block at all.
 */
final class ImageMetadata {

	private static final int MAKER_NOTE = 0x927C;

	/** EXIF's BodySerialNumber and DNG's CameraSerialNumber. */
	private static final Set<Integer> SERIAL_NUMBERS = Set.of(0xA431, 0xC62F);

	private static final String XMP = "http://ns.adobe.com/xap/1.0/";

	private ImageMetadata() {
	}

	/** What this JPEG reveals, one line each; empty when it reveals nothing. */
	static List<String> revealing(byte[] jpeg) throws IOException {
		var found = new ArrayList<String>();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			var segments = JPEGSegmentUtil.readSegments(input,
					Map.of(JPEG.APP1, List.of("Exif", XMP), JPEG.APP13, List.of("Photoshop 3.0")));
			for (JPEGSegment segment : segments) {
				if (segment.marker() == JPEG.APP13) {
					found.add("an IPTC/Photoshop block");
				}
				else if (XMP.equals(segment.identifier())) {
					found.add("an XMP packet" + gpsIn(new XMPReader().read(stream(segment.data()))));
				}
				else {
					var data = segment.data();
					// "Exif" and its terminator are the identifier; one pad byte follows
					data.read();
					exif(new TIFFReader().read(stream(data)), found);
				}
			}
		}
		return found;
	}

	private static void exif(Directory directory, List<String> found) {
		if (directory instanceof CompoundDirectory ifds) {
			for (int i = 0; i < ifds.directoryCount(); i++) {
				exif(ifds.getDirectory(i), found);
			}
			return;
		}
		for (Entry entry : directory) {
			if (entry.getIdentifier() instanceof Integer tag) {
				if (tag == TIFF.TAG_GPS_IFD) {
					found.add("EXIF GPS " + entry.getValueAsString());
				}
				else if (tag == MAKER_NOTE) {
					found.add("an EXIF maker note");
				}
				else if (SERIAL_NUMBERS.contains(tag)) {
					found.add("an EXIF serial number " + entry.getValueAsString());
				}
			}
			if (entry.getValue() instanceof Directory nested) {
				exif(nested, found);
			}
		}
	}

	private static String gpsIn(Directory xmp) {
		var gps = new ArrayList<String>();
		for (Entry schema : xmp) {
			if (schema.getValue() instanceof Directory properties) {
				properties.forEach(property -> {
					if (String.valueOf(property.getFieldName()).contains("GPS")) {
						gps.add(property.getFieldName());
					}
				});
			}
		}
		return gps.isEmpty() ? "" : " with " + gps;
	}

	private static ImageInputStream stream(InputStream data) throws IOException {
		return ImageIO.createImageInputStream(data);
	}

}
