package org.beanpress.web.user;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param signUp who may create an account: {@code CLOSED}, {@code OPEN} or
 * {@code INVITATION}
 * @param invitationTtl how long an invitation link works unless its admin says otherwise
 * @param passwordResetTtl how long a password reset link works
 */
@Validated
@ConfigurationProperties("beanpress.accounts")
record AccountsProperties(@DefaultValue("OPEN") @NotNull SignUpMode signUp,
		@DefaultValue("7d") @DurationMin(minutes = 5) @DurationMax(days = 90) Duration invitationTtl,
		@DefaultValue("1h") @DurationMin(minutes = 5) @DurationMax(days = 7) Duration passwordResetTtl) {
}
