package wfm.forecasting.accuracy;

/** Adds up forecast errors interval by interval; {@link #result()} gives the {@link Accuracy}. */
public final class AccuracyAccumulator {
    private double absError;
    private double actualSum;
    private double signedError;
    private double apeSum;
    private long apeCount;
    private double scaledAbsError;
    private long scaledCount;
    private long inside80;
    private long inside95;
    private long withIntervals;
    private long count;

    /**
     * @param naiveScale in-sample mean absolute seasonal-naive error of the fold (NaN or 0 to leave out of MASE)
     * @param bounds     {lo80, hi80, lo95, hi95}, or null
     */
    public void add(double actual, double forecast, double naiveScale, double[] bounds) {
        double e = forecast - actual;
        absError += Math.abs(e);
        signedError += e;
        actualSum += actual;
        count++;
        if (actual > 0) {
            apeSum += Math.abs(e) / actual;
            apeCount++;
        }
        if (naiveScale > 0) {
            scaledAbsError += Math.abs(e) / naiveScale;
            scaledCount++;
        }
        if (bounds != null) {
            withIntervals++;
            inside80 += actual >= bounds[0] && actual <= bounds[1] ? 1 : 0;
            inside95 += actual >= bounds[2] && actual <= bounds[3] ? 1 : 0;
        }
    }

    public Accuracy result() {
        return new Accuracy(actualSum > 0 ? absError / actualSum : Double.NaN,
                apeCount > 0 ? apeSum / apeCount : Double.NaN,
                scaledCount > 0 ? scaledAbsError / scaledCount : Double.NaN,
                actualSum > 0 ? signedError / actualSum : Double.NaN,
                withIntervals > 0 ? (double) inside80 / withIntervals : Double.NaN,
                withIntervals > 0 ? (double) inside95 / withIntervals : Double.NaN,
                count);
    }
}
