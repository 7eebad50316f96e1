package dev.baton.adapters.web;

/**
 * A request the API refuses, with the HTTP status and the sentence the person sees. Thrown by validation and
 * mapped to {@code {"error": message}} in one place ({@link ApiRoutes}).
 */
final class ApiProblem extends RuntimeException {
    private final int status;

    ApiProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    static ApiProblem notFound(String message) {
        return new ApiProblem(404, message);
    }
}
