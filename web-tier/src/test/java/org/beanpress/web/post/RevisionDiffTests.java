package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.beanpress.web.post.RevisionDiff.Kind;
import org.beanpress.web.post.RevisionDiff.Line;
import org.junit.jupiter.api.Test;

class RevisionDiffTests {

	@Test
	void shouldShowChangedLinesWithThreeLinesOfContext() {
		var from = IntStream.rangeClosed(1, 10).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
		var to = from.replace("line 5", "line five").replace("line 10", "line 10\nline 11");

		var lines = RevisionDiff.between(from, to);

		assertThat(lines).containsExactly(new Line(Kind.HUNK, "@@ -2,9 +2,10 @@"), new Line(Kind.SAME, "line 2"),
				new Line(Kind.SAME, "line 3"), new Line(Kind.SAME, "line 4"), new Line(Kind.REMOVED, "line 5"),
				new Line(Kind.ADDED, "line five"), new Line(Kind.SAME, "line 6"), new Line(Kind.SAME, "line 7"),
				new Line(Kind.SAME, "line 8"), new Line(Kind.SAME, "line 9"), new Line(Kind.SAME, "line 10"),
				new Line(Kind.ADDED, "line 11"));
	}

	@Test
	void shouldSeparateDistantChangesIntoHunksAndKeepBlankLines() {
		var from = "a\n\n" + "x\n".repeat(20) + "b\n";
		var to = "A\n\n" + "x\n".repeat(20) + "B\n";

		var lines = RevisionDiff.between(from, to);

		assertThat(lines).filteredOn(line -> line.kind() == Kind.HUNK).hasSize(2);
		assertThat(lines).contains(new Line(Kind.SAME, ""));
	}

	@Test
	void shouldFindNoDifferenceBetweenEqualTexts() {
		assertThat(RevisionDiff.between("same\ntext", "same\ntext")).isEmpty();
	}

}
