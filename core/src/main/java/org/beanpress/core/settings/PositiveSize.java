package org.beanpress.core.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A {@link org.springframework.util.unit.DataSize} setting of at least one byte. */
@Documented
@Constraint(validatedBy = PositiveSizeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveSize {

	String message() default "must be at least 1 byte";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
