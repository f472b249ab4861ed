package org.beanpress.core.settings;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.util.unit.DataSize;

/** Checks {@link PositiveSize}. */
public class PositiveSizeValidator implements ConstraintValidator<PositiveSize, DataSize> {

	@Override
	public boolean isValid(DataSize size, ConstraintValidatorContext context) {
		return size != null && size.toBytes() > 0;
	}

}
