package org.beanpress.web.post;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The editor's publication time: an HTML datetime-local value ("2026-12-01T09:00"), read
 * and shown as UTC, the zone the whole blog keeps its times in. A full ISO instant is
 * accepted too.
 */
class UtcDateTimeEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		try {
			setValue(text.strip().endsWith("Z") ? Instant.parse(text.strip())
					: LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a date and time such as 2026-12-01T09:00", ex);
		}
	}

	@Override
	public String getAsText() {
		return getValue() instanceof Instant instant
				? LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString() : "";
	}

}
