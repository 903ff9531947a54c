package backpropgrader.marking;

/**
 * How a reader's numbers are written: a number the engine has written ({@code Numbers.fixed}, {@code plain},
 * {@code beyond}: "−0.389") in the reader's locale ("−0,389"). Text a student typed is never passed through it.
 */
public interface NumberStyle {

    /** The engine's own writing: a decimal point. */
    NumberStyle ENGINE = engineNumber -> engineNumber;

    String localise(String engineNumber);
}
