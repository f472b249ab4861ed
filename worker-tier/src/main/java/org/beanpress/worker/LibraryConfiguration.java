package org.beanpress.worker;

import org.beanpress.core.CoreConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Brings in the shared library. Kept off the application class so that test slices, which
 * honour that class's annotations, do not pull in the repositories.
 */
@Configuration(proxyBeanMethods = false)
@Import(CoreConfiguration.class)
class LibraryConfiguration {

}
