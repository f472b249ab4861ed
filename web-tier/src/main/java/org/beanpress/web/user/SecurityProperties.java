package org.beanpress.web.user;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminUsername the admin account made at start-up, when no account has that name
 * and a password is given
 * @param adminPassword its password; empty means no admin is bootstrapped
 * @param tokenTtl how long an API token lives
 */
@Validated
@ConfigurationProperties("beanpress.security")
record SecurityProperties(@DefaultValue("admin") @NotBlank String adminUsername, @DefaultValue("") String adminPassword,
		@DefaultValue("30d") @DurationMin(minutes = 1) Duration tokenTtl) {
}
