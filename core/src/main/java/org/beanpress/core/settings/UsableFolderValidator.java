package org.beanpress.core.settings;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UsableFolder} without creating or changing anything. */
public class UsableFolderValidator implements ConstraintValidator<UsableFolder, Path> {

	@Override
	public boolean isValid(Path path, ConstraintValidatorContext context) {
		if (path == null) {
			return false;
		}
		var folder = path.toAbsolutePath().normalize();
		if (Files.exists(folder)) {
			return Files.isDirectory(folder) && Files.isReadable(folder) && Files.isWritable(folder);
		}
		// not there yet: the nearest folder that is must let it be made
		var parent = folder.getParent();
		while (parent != null && !Files.exists(parent)) {
			parent = parent.getParent();
		}
		return parent != null && Files.isDirectory(parent) && Files.isWritable(parent);
	}

}
