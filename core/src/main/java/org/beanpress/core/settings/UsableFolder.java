package org.beanpress.core.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@link java.nio.file.Path} setting that names a folder this process can read and
 * write, or can create: checked when the setting is bound, so a wrong mount fails
 * start-up naming the setting.
 */
@Documented
@Constraint(validatedBy = UsableFolderValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface UsableFolder {

	String message() default "must be a folder this process can read and write, or create";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
