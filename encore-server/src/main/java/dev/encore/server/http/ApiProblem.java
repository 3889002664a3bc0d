package dev.encore.server.http;

import java.util.List;

/**
 * A client-visible failure, rendered as RFC 9457 {@code application/problem+json}. {@code slug} becomes the problem
 * type URI; {@code detail} must say what to fix. {@code headers} are extra response headers (e.g. Retry-After).
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final List<String[]> headers;

    public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors, List<String[]> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = List.copyOf(headers);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail, List.of(), List.of());
    }

    public static ApiProblem invalid(String detail, List<FieldError> errors) {
        return new ApiProblem(422, "validation", "Request failed validation", detail, errors, List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, List.of(), List.of());
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "unauthorized", "Missing or invalid API token", detail, List.of(),
                List.<String[]>of(new String[]{"WWW-Authenticate", "Bearer realm=\"encore\""}));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, List.of(), List.of());
    }

    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(413, "too-large", "Request too large", detail, List.of(), List.of());
    }

    public static ApiProblem rateLimited(long retryAfterSeconds) {
        return new ApiProblem(429, "rate-limited", "Too many requests",
                "this token exceeded its request rate; retry after " + retryAfterSeconds + " s or ask an admin for a higher limit",
                List.of(), List.<String[]>of(new String[]{"Retry-After", Long.toString(retryAfterSeconds)}));
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "unavailable", "Service unavailable", detail, List.of(), List.of());
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<FieldError> errors() { return errors; }
    public List<String[]> headers() { return headers; }
}
