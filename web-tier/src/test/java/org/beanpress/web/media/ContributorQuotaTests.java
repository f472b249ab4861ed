package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.beanpress.web.user.RoleProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@WebTierTest
class ContributorQuotaTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	MediaRepository media;

	@Autowired
	RoleProperties roles;

	@Test
	void shouldRefuseAContributorsUploadBeyondTheQuotaWithAReason() {
		var http = new TestHttp("http://localhost:" + port);
		var contributor = TestAccounts.signUp(http, "quota");
		fill(contributor, roles.contributorUploadQuota() - 1);

		var last = http.upload("/api/media", TestImages.file("exif/Canon_40D.jpg"), contributor.bearer());
		var beyond = http.upload("/api/media", TestImages.file("exif/Nikon_D70.jpg"), contributor.bearer());

		assertThat(last.status()).as(last.body()).isEqualTo(201);
		assertThat(beyond.status()).isEqualTo(413);
		assertThat(beyond.json().get("detail").asString())
			.contains("A contributor may upload at most " + roles.contributorUploadQuota() + " files");
		assertThat(media.countByOwner(contributor.id())).isEqualTo(roles.contributorUploadQuota());
	}

	@Test
	void shouldGiveAuthorsNoQuota() {
		var http = new TestHttp("http://localhost:" + port);
		var author = TestAccounts.signUp(http, "unlimited", Role.AUTHOR);
		fill(author, roles.contributorUploadQuota());

		var upload = http.upload("/api/media", TestImages.file("exif/Canon_40D.jpg"), author.bearer());

		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
	}

	/** Media rows only: the quota counts what an account has, not files read back. */
	private void fill(Account owner, int count) {
		for (int i = 0; i < count; i++) {
			var sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
			media.insertPending(new NewMedia(owner.id(), MediaKey.original(owner.id(), sha, ImageType.JPEG),
					"quota.jpg", new ImageInfo(ImageType.JPEG, 10, 10, 1), 100, sha));
		}
	}

}
