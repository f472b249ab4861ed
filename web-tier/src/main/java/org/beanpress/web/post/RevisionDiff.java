package org.beanpress.web.post;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * A line diff between two revisions' Markdown, as java-diff-utils' unified diff with a
 * few lines of context, split into lines the page shows as plain (escaped) text.
 */
final class RevisionDiff {

	private static final int CONTEXT_LINES = 3;

	/** The unified diff header: "--- from" and "+++ to". */
	private static final int HEADER_LINES = 2;

	private RevisionDiff() {
	}

	enum Kind {

		/** "@@ -1,4 +1,5 @@": where the following lines are. */
		HUNK,
		/** Unchanged, shown for context. */
		SAME, ADDED, REMOVED

	}

	record Line(Kind kind, String text) {
	}

	/** Empty when the texts have the same lines. */
	static List<Line> between(String from, String to) {
		var original = from.lines().toList();
		var patch = DiffUtils.diff(original, to.lines().toList());
		if (patch.getDeltas().isEmpty()) {
			return List.of();
		}
		return UnifiedDiffUtils.generateUnifiedDiff("from", "to", original, patch, CONTEXT_LINES)
			.stream()
			.skip(HEADER_LINES)
			.map(RevisionDiff::line)
			.toList();
	}

	private static Line line(String unified) {
		if (unified.startsWith("@@")) {
			return new Line(Kind.HUNK, unified);
		}
		var text = unified.isEmpty() ? "" : unified.substring(1);
		return switch (unified.isEmpty() ? ' ' : unified.charAt(0)) {
			case '+' -> new Line(Kind.ADDED, text);
			case '-' -> new Line(Kind.REMOVED, text);
			default -> new Line(Kind.SAME, text);
		};
	}

}
