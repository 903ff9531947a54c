package backpropgrader.render;

/**
 * A weight's label on its edge: centred on the edge and turned along it. Knows the geometry placement needs:
 * whether it overlaps another label (separating axes of two turned rectangles), touches a node, or has another
 * edge passing under it. Sizes include a clearance, so that labels that do not overlap do not touch either.
 */
record EdgeLabel(DiagramLayout.Edge edge, double cx, double cy, double width, double cos, double sin) {
    double angleDegrees() {
        return Math.toDegrees(Math.atan2(sin, cos));
    }

    /** Half the label's size plus a clearance, so that neighbouring labels never touch. */
    double halfWidth() {
        return width / 2 + 7;
    }

    double halfHeight() {
        return DiagramLayout.LABEL_HEIGHT / 2 + 3;
    }

    boolean overlaps(EdgeLabel o) {
        double dx = o.cx - cx, dy = o.cy - cy;
        double[][] axes = {{cos, sin}, {-sin, cos}, {o.cos, o.sin}, {-o.sin, o.cos}};
        for (double[] a : axes) {
            double mine = halfWidth() * Math.abs(cos * a[0] + sin * a[1]) + halfHeight() * Math.abs(-sin * a[0] + cos * a[1]);
            double theirs = o.halfWidth() * Math.abs(o.cos * a[0] + o.sin * a[1])
                    + o.halfHeight() * Math.abs(-o.sin * a[0] + o.cos * a[1]);
            if (Math.abs(dx * a[0] + dy * a[1]) > mine + theirs) {
                return false;
            }
        }
        return true;
    }

    boolean touchesCircle(double x, double y, double r) {
        double u = (x - cx) * cos + (y - cy) * sin, v = -(x - cx) * sin + (y - cy) * cos;
        double du = Math.max(Math.abs(u) - halfWidth(), 0), dv = Math.max(Math.abs(v) - halfHeight(), 0);
        return Math.hypot(du, dv) < r;
    }

    /** Whether the segment passes under this label (Liang–Barsky clipping in the label's own frame). */
    boolean crossedBy(double x0, double y0, double x1, double y1) {
        double u0 = (x0 - cx) * cos + (y0 - cy) * sin, v0 = -(x0 - cx) * sin + (y0 - cy) * cos;
        double u1 = (x1 - cx) * cos + (y1 - cy) * sin, v1 = -(x1 - cx) * sin + (y1 - cy) * cos;
        double[] p = {-(u1 - u0), u1 - u0, -(v1 - v0), v1 - v0};
        double[] q = {u0 + halfWidth(), halfWidth() - u0, v0 + halfHeight(), halfHeight() - v0};
        double lo = 0, hi = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, t);
                } else {
                    hi = Math.min(hi, t);
                }
            }
        }
        return lo < hi;
    }
}
