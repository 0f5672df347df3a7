package wfm.simulation.model;

/**
 * Waiting work of one queue, first in first out, in primitive arrays (nothing allocated per call): waiting callers
 * (arrival time, patience deadline, handle time, interval of arrival) or callback work (hang-up time, callback
 * deadline, handle time, interval of the original call).
 */
final class CallerRing {
    double[] arrival = new double[64];
    double[] deadline = new double[64];
    double[] handle = new double[64];
    int[] interval = new int[64];
    int head;
    int size;

    void add(double arrivalTime, double deadlineTime, double handleSeconds, int intervalIndex) {
        if (size == arrival.length) {
            grow();
        }
        int tail = (head + size) & (arrival.length - 1);
        arrival[tail] = arrivalTime;
        deadline[tail] = deadlineTime;
        handle[tail] = handleSeconds;
        interval[tail] = intervalIndex;
        size++;
    }

    /** Removes the head and returns its slot, valid until the next add. */
    int pollIndex() {
        int i = head;
        head = (head + 1) & (arrival.length - 1);
        size--;
        return i;
    }

    private void grow() {
        int n = arrival.length;
        double[] a = new double[2 * n];
        double[] d = new double[2 * n];
        double[] h = new double[2 * n];
        int[] k = new int[2 * n];
        for (int j = 0; j < size; j++) {
            int i = (head + j) & (n - 1);
            a[j] = arrival[i];
            d[j] = deadline[i];
            h[j] = handle[i];
            k[j] = interval[i];
        }
        arrival = a;
        deadline = d;
        handle = h;
        interval = k;
        head = 0;
    }
}
