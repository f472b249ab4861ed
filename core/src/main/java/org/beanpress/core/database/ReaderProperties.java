package org.beanpress.core.database;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The database reader (Aurora's reader endpoint). Without a URL every statement goes to
 * the writer; the account defaults to the writer's.
 *
 * @param url JDBC URL of the reader endpoint, for example
 * {@code jdbc:mysql://<cluster>.cluster-ro-...:3306/beanpress}
 * @param username the reader's account, when it differs from
 * {@code spring.datasource.username}
 * @param password that account's password
 */
@Validated
@ConfigurationProperties("beanpress.datasource.reader")
record ReaderProperties(
		@DefaultValue("") @Pattern(regexp = "(jdbc:.+)?", message = "must be empty or a JDBC URL") String url,
		@DefaultValue("") String username, @DefaultValue("") String password) {

	boolean configured() {
		return !url.isBlank();
	}

}
