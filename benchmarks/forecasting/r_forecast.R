# R's forecast package on wfm's backtest folds: stlf (STL + ETS on the seasonally adjusted series, msts with
# daily and weekly periods) and dshw (Taylor's double-seasonal Holt-Winters; multiplicative, so fitted on calls + 1).
# usage: Rscript r_forecast.R SERIES.csv ORIGINS.txt DAILY_PERIOD WEEKLY_PERIOD TRAIN_WEEKS
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])
origins <- as.Date(readLines(args[2]))
p1 <- as.integer(args[3]); p2 <- as.integer(args[4]); weeks <- as.integer(args[5])
x$date <- as.Date(x$date)
res <- data.frame()
for (o in seq_along(origins)) {
  origin <- origins[o]
  train <- x$calls[x$date < origin]
  train <- tail(train, weeks * p2)
  test <- x$calls[x$date >= origin & x$date < origin + 7]
  h <- length(test)
  y <- msts(train, seasonal.periods = c(p1, p2))
  t0 <- proc.time()[["elapsed"]]
  f1 <- pmax(0, as.numeric(stlf(y, h = h)$mean))
  t1 <- proc.time()[["elapsed"]]
  f2 <- tryCatch(pmax(0, as.numeric(dshw(train + 1, period1 = p1, period2 = p2, h = h)$mean) - 1),
                 error = function(e) rep(NA, h))
  t2 <- proc.time()[["elapsed"]]
  res <- rbind(res, data.frame(fold = o, model = c("stlf", "dshw"),
                               abs_err = c(sum(abs(f1 - test)), sum(abs(f2 - test))),
                               actual = sum(test), seconds = c(t1 - t0, t2 - t1)))
}
for (m in c("stlf", "dshw")) {
  r <- res[res$model == m, ]
  cat(sprintf("%s %.6f %.3f\n", m, sum(r$abs_err) / sum(r$actual), sum(r$seconds)))
}
