package org.beanpress.web.abuse;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits against guessing passwords, mass sign-ups and oversized requests. Attempts
 * refill smoothly: after a lock-out one more attempt comes back every window / limit (90
 * s for 10 per 15 min).
 *
 * @param failedLoginsPerAccount failed log-ins one username may have per login window,
 * from any address: slows guessing one person's password from a botnet
 * @param failedLoginsPerAddress failed log-ins one client address may have per login
 * window, whatever the usernames: slows trying one password on many accounts
 * @param loginWindow the window of both log-in limits
 * @param signUpsPerAddress accounts one client address may create per sign-up window
 * @param signUpWindow the window of the sign-up limit
 * @param maxJsonBody the largest JSON request body accepted (uploads have their own
 * limit, spring.servlet.multipart.*)
 */
@Validated
@ConfigurationProperties("beanpress.abuse")
public record AbuseProperties(@DefaultValue("10") @Min(1) int failedLoginsPerAccount,
		@DefaultValue("30") @Min(1) int failedLoginsPerAddress,
		@DefaultValue("15m") @DurationMin(seconds = 1) Duration loginWindow,
		@DefaultValue("5") @Min(1) int signUpsPerAddress,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration signUpWindow,
		@DefaultValue("1MB") DataSize maxJsonBody) {
}
