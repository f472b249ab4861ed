package org.beanpress.web.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the admin account made (or reset) at start-up when a password is
 * given
 * @param adminPassword its password; empty means no admin is bootstrapped
 * @param tokenTtl how long an API token lives
 */
@ConfigurationProperties("beanpress.security")
record SecurityProperties(@DefaultValue("admin") String adminUsername, @DefaultValue("") String adminPassword,
		@DefaultValue("30d") Duration tokenTtl) {
}
