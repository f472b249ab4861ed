package org.beanpress.web.system;

import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every client mistake on the API becomes an RFC 9457 problem whose detail says what was
 * wrong, never a stack trace. Applies to all handlers (uploads that are too large fail
 * before a handler is chosen); {@link PageExceptionHandler} takes precedence for HTML
 * pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::describe)
			.sorted()
			.collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "The request is not valid" : detail, headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var detail = ex.getAllErrors()
			.stream()
			.map(error -> error.getDefaultMessage())
			.collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, detail, headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a refusal raised while the body was read (too large, see JsonBodyLimitFilter),
		// which the JSON parser wrapped
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return ResponseEntity.status(problem.getStatusCode()).headers(headers).body(problem.getBody());
			}
		}
		return problem(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON of the expected shape (check field types and"
						+ " enum values such as status DRAFT or PUBLISHED)",
				headers);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the upload limit of "
				+ (ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() + " bytes" : "this server"), headers);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "'" + ex.getName() + "' has a value of the wrong type",
				new HttpHeaders());
	}

	/**
	 * Shared storage (EFS) failing is the server's trouble, not the client's: say so, and
	 * that nothing was kept.
	 */
	@ExceptionHandler(UncheckedIOException.class)
	ResponseEntity<Object> handleStorageFailure(UncheckedIOException ex) {
		logger.warn("Shared storage failed", ex);
		return problem(HttpStatus.SERVICE_UNAVAILABLE,
				"The file could not be stored right now and nothing was kept; please try again", new HttpHeaders());
	}

	private static String describe(FieldError error) {
		return error.getField() + ": " + error.getDefaultMessage();
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail, HttpHeaders headers) {
		return ResponseEntity.status(status).headers(headers).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
