package backpropgrader.exercise;

/** A student on the roster: the id used everywhere, and a name and email when the roster has them. */
public record Student(String id, String name, String email) {
}
