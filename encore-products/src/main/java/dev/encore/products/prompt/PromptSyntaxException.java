package dev.encore.products.prompt;

/**
 * A prompt that cannot be understood: what is wrong, where (0-based character position in the prompt, -1 when
 * it is not about one place) and how to fix it. The message carries all three.
 */
public final class PromptSyntaxException extends IllegalArgumentException {
    private final int position;
    private final String problem;
    private final String fix;

    public PromptSyntaxException(String problem, int position, String fix) {
        super((position >= 0 ? "at position " + position + ": " : "") + problem + "; " + fix);
        this.position = position;
        this.problem = problem;
        this.fix = fix;
    }

    public int position() {
        return position;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
