#!/usr/bin/env python3
"""Reference values for Erlang A (M/M/n+M), computed independently of the Java code with mpmath (40 digits).

p_wait and abandon_rate: sums over the birth-death chain's stationary distribution.
service_level (share of ALL offered callers answered within T) and asa_seconds (mean wait of ANSWERED callers):
  small cases ('ctmc'): the tagged caller's own absorbing Markov chain (callers ahead j = 0..K, served, abandoned),
      P(served by T) from the matrix exponential, E[wait; served] from the fundamental matrix, mixed over what
      an arriving caller finds (PASTA). No formula of the Java code is used.
  large cases ('quad'): numerical quadrature of the offered-wait density
      n mu exp(-n mu t + (lambda/theta)(1 - exp(-theta t))) (validated by the ctmc cases).
Run: python3 erlang_a_reference.py > erlang-a-reference.csv
"""
import mpmath as mp
mp.mp.dps = 40

def chain(a, n):
    # log weights of states 0..n relative to state n: R = sum_{j<n} pi_j/pi_n
    r = mp.mpf(0)
    for m in range(1, n + 1):
        r = mp.mpf(m) / a * (r + 1)
    return r

def waiting_terms(n, lam, mu, theta, eps=mp.mpf(10) ** -45):
    terms = [mp.mpf(1)]
    k = 0
    t = mp.mpf(1)
    while True:
        k += 1
        t = t * lam / (n * mu + k * theta)
        terms.append(t)
        if k * theta + n * mu > lam and t < eps * sum(terms[-50:]) and t * k < eps:
            break
    return terms

def ctmc_case(a, aht, pat, T, n):
    mu, theta = 1 / mp.mpf(aht), 1 / mp.mpf(pat)
    lam = a * mu
    R = chain(mp.mpf(a), n)
    w = waiting_terms(n, lam, mu, theta)
    norm = R + sum(w)
    p_wait = sum(w) / norm
    ab = sum(k * theta * w[k] for k in range(len(w))) / (lam * norm)
    K = len(w) - 1
    size = K + 3  # transient 0..K, served = K+1, abandoned = K+2
    Q = mp.zeros(size, size)
    for j in range(K + 1):
        if j == 0:
            Q[0, K + 1] = n * mu
        else:
            Q[j, j - 1] = n * mu + j * theta
        Q[j, K + 2] = theta
        Q[j, j] = -(n * mu + j * theta + theta)
    E = mp.expm(Q * T)
    within = R / norm + sum(w[k] / norm * E[k, K + 1] for k in range(K + 1))
    # E[wait; served] = alpha (-Qt)^-2 r_served
    Qt = Q[0:K + 1, 0:K + 1]
    N = mp.inverse(-Qt)
    rs = mp.zeros(K + 1, 1)
    rs[0] = n * mu
    v = N * (N * rs)
    wait_served = sum(w[k] / norm * v[k] for k in range(K + 1))
    answered = 1 - ab
    return p_wait, within, wait_served / answered, ab

def quad_case(a, aht, pat, T, n):
    mu, theta = 1 / mp.mpf(aht), 1 / mp.mpf(pat)
    lam = a * mu
    R = chain(mp.mpf(a), n)
    y = lam / theta
    f = lambda t: n * mu * mp.exp(-n * mu * t + y * (1 - mp.exp(-theta * t)))
    waiting = mp.quad(f, [0, mp.inf])
    norm = R + waiting
    served_w = mp.quad(lambda t: mp.exp(-theta * t) * f(t), [0, T, mp.inf])
    within_w = mp.quad(lambda t: mp.exp(-theta * t) * f(t), [0, T])
    wait_w = mp.quad(lambda t: t * mp.exp(-theta * t) * f(t), [0, T, mp.inf])
    ab = (waiting - served_w) / norm
    return waiting / norm, (R + within_w) / norm, wait_w / (R + served_w), ab

print("# Erlang A reference values (mpmath, 40 digits) from erlang-a-reference.py in this folder; see its docstring.")
print("method,load_erlangs,aht_seconds,patience_seconds,answer_within_seconds,agents,p_wait,service_level,asa_seconds,abandon_rate")
small = [(10, 180, 120, 20, n) for n in range(6, 16)] + [(30, 180, 90, 15, n) for n in (18, 22, 26, 30, 34)] \
    + [(5, 300, 600, 30, n) for n in (3, 5, 7, 9)] + [(2, 60, 30, 10, 1), (0.5, 200, 1000, 60, 2)]
for case in small:
    print("ctmc," + ",".join(str(v) for v in case) + "," + ",".join(mp.nstr(v, 20) for v in ctmc_case(*case)))
large = [(167, 180, 120, 20, n) for n in (140, 160, 170, 180)] + [(5000, 180, 120, 20, n) for n in (4000, 4345, 4900, 5000, 5100)] \
    + [(50000, 180, 300, 20, n) for n in (45000, 50000, 50300)] + [(1000, 240, 30, 20, 500), (0.01, 180, 120, 20, 1)] \
    + [(5000, 180, 180, 20, n) for n in (4000, 4552, 4645, 4646)] + [(100, 180, 180, 20, n) for n in (29, 30)] \
    + [(20000, 180, 600, 20, 18000)]
for case in large:
    print("quad," + ",".join(str(v) for v in case) + "," + ",".join(mp.nstr(v, 20) for v in quad_case(*case)))
