package org.beanpress.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The option namespaces and names Elastic Beanstalk documents (test resource
 * elastic-beanstalk-options.txt).
 */
final class DocumentedOptions {

	private final Map<String, Set<String>> optionsByNamespace;

	private DocumentedOptions(Map<String, Set<String>> optionsByNamespace) {
		this.optionsByNamespace = optionsByNamespace;
	}

	static DocumentedOptions load() {
		var options = new LinkedHashMap<String, Set<String>>();
		try (var reader = new BufferedReader(
				new InputStreamReader(DocumentedOptions.class.getResourceAsStream("/elastic-beanstalk-options.txt"),
						StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
				var parts = Arrays.stream(line.split("\\|")).map(String::strip).toList();
				options.put(parts.get(0), parts.stream().skip(1).collect(Collectors.toSet()));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DocumentedOptions(options);
	}

	boolean documents(String namespace, String option) {
		var options = optionsByNamespace.get(namespace);
		if (options == null) {
			// a namespace with a name of the user's in its last
			// position: aws:elbv2:listener:443, process:default
			var prefix = namespace.substring(0, namespace.lastIndexOf(':') + 1);
			options = optionsByNamespace.get(prefix + "*");
		}
		return options != null && (options.contains("*") || options.contains(option));
	}

}
