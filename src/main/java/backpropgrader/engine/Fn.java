package backpropgrader.engine;

/** The one-argument functions of the lecture's formulas, each with its value, interval image and notation. */
public enum Fn {
    EXP {
        double apply(double x) {
            return StrictMath.exp(x);
        }

        Interval apply(Interval x) {
            return x.monotone(StrictMath::exp);
        }

        void render(StringBuilder out, Expr a, Notation n) {
            wrap(out, "exp", a, n);
        }
    },
    LN {
        double apply(double x) {
            return StrictMath.log(x);
        }

        Interval apply(Interval x) {
            return x.lo() <= 0 && x.hi() <= 0 ? Interval.ALL
                    : new Interval(x.lo() <= 0 ? Double.NEGATIVE_INFINITY : StrictMath.log(x.lo()), StrictMath.log(x.hi()));
        }

        void render(StringBuilder out, Expr a, Notation n) {
            wrap(out, "ln", a, n);
        }
    },
    /** The lecture's f(z) = 1/(1 + exp(−z)). */
    SIGMOID {
        double apply(double x) {
            return 1 / (1 + StrictMath.exp(-x));
        }

        Interval apply(Interval x) {
            return x.monotone(this::apply);
        }

        void render(StringBuilder out, Expr a, Notation n) {
            out.append("1/(1 + exp(−");
            Expr.renderOperand(out, a, n, Expr.ATOM);
            out.append("))");
        }

        int precedence() {
            return Expr.PRODUCT;
        }
    },
    /** The lecture's f(z) = (exp(z) − exp(−z))/(exp(z) + exp(−z)), evaluated stably. */
    TANH {
        double apply(double x) {
            return StrictMath.tanh(x);
        }

        Interval apply(Interval x) {
            return x.monotone(StrictMath::tanh);
        }

        void render(StringBuilder out, Expr a, Notation n) {
            StringBuilder z = new StringBuilder();
            Expr.renderLeading(z, a, n, Expr.SUM);
            StringBuilder minusZ = new StringBuilder("−");
            Expr.renderOperand(minusZ, a, n, Expr.ATOM);
            out.append("(exp(").append(z).append(") − exp(").append(minusZ).append("))/(exp(").append(z)
                    .append(") + exp(").append(minusZ).append("))");
        }

        int precedence() {
            return Expr.PRODUCT;
        }
    },
    /** f(z) = max(0, z). */
    RELU {
        double apply(double x) {
            return Math.max(0, x);
        }

        Interval apply(Interval x) {
            return x.monotone(this::apply);
        }

        void render(StringBuilder out, Expr a, Notation n) {
            out.append("max(0, ");
            Expr.renderLeading(out, a, n, Expr.SUM);
            out.append(')');
        }
    },
    /** ReLU's derivative: 1 when z &gt; 0, else 0 (so ReLU'(0) = 0). */
    STEP {
        double apply(double x) {
            return x > 0 ? 1 : 0;
        }

        Interval apply(Interval x) {
            return x.monotone(this::apply);
        }

        void render(StringBuilder out, Expr a, Notation n) {
            wrap(out, "step", a, n);
        }
    };

    abstract double apply(double x);

    abstract Interval apply(Interval x);

    abstract void render(StringBuilder out, Expr a, Notation n);

    int precedence() {
        return Expr.ATOM;
    }

    private static void wrap(StringBuilder out, String name, Expr a, Notation n) {
        out.append(name).append('(');
        Expr.renderLeading(out, a, n, Expr.SUM);
        out.append(')');
    }
}
