package io.touchpointhub.routes.web;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.identity.TransientIdentityException;
import io.touchpointhub.identity.review.ReviewConflictException;
import io.touchpointhub.connectors.web.segment.Rejection;
import io.touchpointhub.routes.intake.InvalidWriteKeyException;
import io.touchpointhub.routes.intake.RejectedBatchException;
import io.touchpointhub.search.SearchUnavailableException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail. Client mistakes are 400 naming the field and
 * the rule; a storage outage is 503 (retry later); nothing the client sends can cause a 500.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    static final URI INVALID_FIELD = URI.create("urn:touchpoint-hub:problem:invalid-field");

    /** A 400 naming the field and the rule it broke. */
    public static ProblemDetail invalidField(String field, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + rule);
        problem.setType(INVALID_FIELD);
        problem.setTitle("Invalid field");
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }

    @ExceptionHandler(InvalidTouchpointException.class)
    ProblemDetail invalidTouchpoint(InvalidTouchpointException e) {
        return invalidField(e.field(), e.rule());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidRequestField(InvalidFieldException e) {
        return invalidField(e.field(), e.rule());
    }

    @ExceptionHandler(RejectedBatchException.class)
    ProblemDetail rejectedBatch(RejectedBatchException e) {
        Rejected first = Rejected.of(e.rejections().get(0));
        ProblemDetail problem = invalidField(first.field(), first.rule());
        problem.setDetail("Every message of the batch was rejected; first: " + first.field() + ": " + first.rule());
        problem.setProperty("rejected", e.rejections().stream().map(Rejected::of).toList());
        return problem;
    }

    @ExceptionHandler(InvalidWriteKeyException.class)
    ResponseEntity<ProblemDetail> invalidWriteKey(InvalidWriteKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"touchpoint-hub\"")
                .body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** Deciding a review item twice, or accepting a pair a cannot-link keeps apart. */
    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail reviewConflict(ReviewConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : e.getRequiredType().getSimpleName();
        return invalidField(e.getName(), "must be " + ("UUID".equals(expected) ? "a profile id (UUID)" : "a valid " + expected));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            TransientIdentityException.class, SearchUnavailableException.class})
    ResponseEntity<ProblemDetail> storageUnavailable(RuntimeException e) {
        LOG.warn("Storage unavailable: {}", e.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Storage is unavailable; nothing was changed. Retry later.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** A fault of the hub, not of the request: logged with its class only (messages may carry data). */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected failure handling a request: {}", e.getClass().getName(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The hub failed to handle this request; the failure is logged.");
        problem.setTitle("Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidField("body", "must be well-formed JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidField(ex.getParameterName(), "is required"));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName(),
                        "rule", String.valueOf(err.getDefaultMessage()))))
                .toList();
        Map<String, String> first = errors.isEmpty() ? Map.of("field", "request", "rule", "is invalid") : errors.get(0);
        ProblemDetail problem = invalidField(first.get("field"), first.get("rule"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A rejected batch message as shown in problem details. */
    record Rejected(int index, String messageId, String field, String rule) {
        static Rejected of(Rejection r) {
            return new Rejected(r.index(), r.messageId(), r.field(), r.rule());
        }
    }
}
