package org.beanpress.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML that Elastic Beanstalk and CloudFormation read, strictly: a key given
 * twice in one mapping is an error (Elastic Beanstalk would silently drop a section), and
 * CloudFormation's short tags ({@code !Ref}, {@code !Sub}, ...) are read as the plain
 * values they tag.
 */
final class ConfigurationFiles {

	/**
	 * One option setting, whichever of the three syntaxes of a config file (or a saved
	 * configuration) gave it.
	 */
	record OptionSetting(String namespace, String option, Object value) {
	}

	private ConfigurationFiles() {
	}

	static Map<String, Object> read(Path file) {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try {
			Map<String, Object> document = new Yaml(new CloudFormationTags(options)).load(Files.readString(file));
			return document == null ? Map.of() : document;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> ebextensions() {
		return list(Bundle.repositoryRoot().resolve(".ebextensions"), ".config");
	}

	static List<Path> savedConfigurations() {
		return list(Bundle.repositoryRoot().resolve(".elasticbeanstalk/saved_configs"), ".cfg.yml");
	}

	/** The {@code option_settings} of a config file, in any of its three syntaxes. */
	@SuppressWarnings("unchecked")
	static List<OptionSetting> optionSettings(Map<String, Object> configFile) {
		var settings = configFile.get("option_settings");
		var result = new ArrayList<OptionSetting>();
		if (settings instanceof List<?> list) {
			for (var item : list) {
				var setting = (Map<String, Object>) item;
				var namespace = (String) setting.getOrDefault("namespace",
						"aws:elasticbeanstalk:application:environment");
				if (setting.containsKey("option_name")) {
					result.add(new OptionSetting(namespace, (String) setting.get("option_name"), setting.get("value")));
				}
				else {
					// the namespace-less shorthand: NAME: value, an environment property
					setting.forEach((name, value) -> result.add(new OptionSetting(namespace, name, value)));
				}
			}
		}
		else if (settings instanceof Map<?, ?> map) {
			result.addAll(byNamespace((Map<String, Object>) map));
		}
		return result;
	}

	/**
	 * A saved configuration's {@code OptionSettings}: namespace, then option, then value.
	 */
	@SuppressWarnings("unchecked")
	static List<OptionSetting> savedOptionSettings(Map<String, Object> savedConfiguration) {
		return byNamespace((Map<String, Object>) savedConfiguration.getOrDefault("OptionSettings", Map.of()));
	}

	/**
	 * The value of one option of a saved configuration, as text; null when it is not set.
	 */
	static String option(Map<String, Object> savedConfiguration, String namespace, String option) {
		return savedOptionSettings(savedConfiguration).stream()
			.filter(setting -> setting.namespace().equals(namespace) && setting.option().equals(option))
			.map(setting -> String.valueOf(setting.value()))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<OptionSetting> byNamespace(Map<String, Object> namespaces) {
		var result = new ArrayList<OptionSetting>();
		namespaces.forEach((namespace, options) -> ((Map<String, Object>) options)
			.forEach((option, value) -> result.add(new OptionSetting(namespace, option, value))));
		return result;
	}

	private static List<Path> list(Path directory, String suffix) {
		try (var files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CloudFormation's short-form tags, read as the scalar, list or map they tag. */
	private static final class CloudFormationTags extends SafeConstructor {

		CloudFormationTags(LoaderOptions options) {
			super(options);
			this.yamlConstructors.put(null, new AbstractConstruct() {
				@Override
				public Object construct(Node node) {
					if (node instanceof ScalarNode scalar) {
						return scalar.getValue();
					}
					if (node instanceof SequenceNode sequence) {
						return constructSequence(sequence);
					}
					return new LinkedHashMap<>(constructMapping((MappingNode) node));
				}
			});
		}

	}

}
