package org.beanpress.web.user;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the roles are allowed beyond their rules.
 *
 * @param contributorUploadQuota how many media files a contributor may have: enough to
 * illustrate a few posts, too few to use the site as free storage (authors and above have
 * no quota)
 */
@Validated
@ConfigurationProperties("beanpress.roles")
public record RoleProperties(@DefaultValue("20") @Min(0) int contributorUploadQuota) {
}
