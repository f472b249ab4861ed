package org.beanpress.worker.system;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Flyway version such as {@code 4} or {@code 4.1}, compared part by part as numbers.
 */
record SchemaVersion(List<Integer> parts) implements Comparable<SchemaVersion> {

	private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

	static SchemaVersion parse(String version) {
		return new SchemaVersion(Arrays.stream(version.split("[._]")).map(Integer::valueOf).toList());
	}

	/**
	 * The version of a versioned migration's file name ({@code V4__replaced_files.sql}),
	 * if it is one.
	 */
	static SchemaVersion ofMigrationFile(String fileName) {
		var matcher = MIGRATION_FILE.matcher(fileName);
		return matcher.matches() ? parse(matcher.group(1)) : null;
	}

	@Override
	public int compareTo(SchemaVersion other) {
		for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
			int difference = Integer.compare(part(i), other.part(i));
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	private int part(int index) {
		return (index < parts.size()) ? parts.get(index) : 0;
	}

	@Override
	public String toString() {
		return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
	}

}
