package wfm.simulation.model;

import java.util.Arrays;

import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.Variates;

/** How long a caller waits before hanging up, in seconds. */
public sealed interface Patience {

    /** One caller's patience, by inversion of one uniform. */
    double draw(Mrg32k3a g);

    /** The same shape with every patience multiplied by {@code factor} (what-if: more or less patient callers). */
    Patience scaled(double factor);

    /** Callers never hang up (Erlang C). */
    record Never() implements Patience {
        @Override
        public double draw(Mrg32k3a g) {
            g.nextDouble(); // keeps the stream in step with scenarios that do draw
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public Patience scaled(double factor) {
            return this;
        }
    }

    /** Exponential patience with the given mean (Erlang A's assumption). */
    record Exponential(double meanSeconds) implements Patience {
        public Exponential {
            if (!(meanSeconds > 0) || Double.isInfinite(meanSeconds)) {
                throw new IllegalArgumentException("meanSeconds (" + meanSeconds + ") must be positive");
            }
        }

        @Override
        public double draw(Mrg32k3a g) {
            return Variates.exponential(g, meanSeconds);
        }

        @Override
        public Patience scaled(double factor) {
            return new Exponential(meanSeconds * factor);
        }
    }

    /** Weibull patience: P(patience > x) = exp(-(x / scale)^shape); shape < 1 means many early hang-ups. */
    record Weibull(double shape, double scaleSeconds) implements Patience {
        public Weibull {
            if (!(shape > 0) || !(scaleSeconds > 0)) {
                throw new IllegalArgumentException("Weibull shape (" + shape + ") and scaleSeconds (" + scaleSeconds
                        + ") must be positive");
            }
        }

        @Override
        public double draw(Mrg32k3a g) {
            return Variates.weibull(g, shape, scaleSeconds);
        }

        @Override
        public Patience scaled(double factor) {
            return new Weibull(shape, scaleSeconds * factor);
        }
    }

    /**
     * The empirical distribution of observed patience times (e.g. from call records): each draw is one of the
     * values, equally likely. {@code +Infinity} entries stand for callers who would never have hung up.
     */
    record Empirical(double[] seconds) implements Patience {
        public Empirical {
            if (seconds.length == 0) {
                throw new IllegalArgumentException("the empirical patience needs at least one value");
            }
            seconds = seconds.clone();
            Arrays.sort(seconds);
            if (!(seconds[0] >= 0)) {
                throw new IllegalArgumentException("patience values must be >= 0, got " + seconds[0]);
            }
        }

        @Override
        public double draw(Mrg32k3a g) {
            return seconds[(int) (g.nextDouble() * seconds.length)];
        }

        @Override
        public Patience scaled(double factor) {
            double[] s = seconds.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] *= factor;
            }
            return new Empirical(s);
        }
    }
}
