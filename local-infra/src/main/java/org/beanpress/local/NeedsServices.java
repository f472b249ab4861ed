package org.beanpress.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that talk to the database, Redis or SQS through {@link EmbeddedServices}.
 * Under the {@code testcontainers} profile they run against Docker containers, or are
 * skipped, saying why, when no Docker engine answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ContainersNeedDocker.class)
public @interface NeedsServices {

}
