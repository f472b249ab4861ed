package org.beanpress.web.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration, so a new environment can be administered
 * without SQL. It refuses to start when the name belongs to an account that is not an
 * admin (see {@link AccountService#bootstrapAdmin}).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final SecurityProperties properties;

	AdminBootstrap(AccountService accounts, SecurityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.adminPassword().isBlank()) {
			return;
		}
		accounts.bootstrapAdmin(properties.adminUsername(), properties.adminPassword());
		log.info("Admin account '{}' is ready", properties.adminUsername());
	}

}
