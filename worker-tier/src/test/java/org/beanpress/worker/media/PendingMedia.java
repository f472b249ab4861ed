package org.beanpress.worker.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;

/**
 * An image in shared storage with its PENDING media row, owned by a new author: what an
 * upload leaves behind.
 */
final class PendingMedia {

	private PendingMedia() {
	}

	static Media of(byte[] bytes, UserRepository users, SharedStorage storage, MediaRepository media)
			throws IOException {
		var owner = users.create("worker-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var received = storage.receive(new ByteArrayInputStream(bytes), bytes.length);
		var info = ImageProbe.probe(received.path());
		var key = MediaKey.original(owner.id(), received.sha256(), info.type());
		storage.publish(received, key.value());
		return media.insertPending(new NewMedia(owner.id(), key, "test." + info.type().extension(), info,
				received.bytes(), received.sha256()));
	}

}
