package org.beanpress.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The library has no application of its own; its tests boot this one on the embedded
 * MariaDB.
 */
@SpringBootApplication
@Import(CoreConfiguration.class)
class CoreTestApplication {

}
