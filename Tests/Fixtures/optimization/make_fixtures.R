# Generates optim_reference.json: R optim / optimHess / optimize results used by
# Tests/NumericsTests/OptimizerTests.swift. Run: Rscript make_fixtures.R (R 4.2).
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2            # Rosenbrock
grr <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]),
                     200 * (x[2] - x[1]^2))
wood <- function(x) 100 * (x[1]^2 - x[2])^2 + (1 - x[1])^2 + 90 * (x[3]^2 - x[4])^2 +
  (1 - x[3])^2 + 10.1 * ((x[2] - 1)^2 + (x[4] - 1)^2) + 19.8 * (x[2] - 1) * (x[4] - 1)
quad3 <- function(x) (x[1] - 1)^2 + 10 * (x[2] + 2)^2 + 0.5 * (x[3] - 300)^2 + x[1] * x[2]
# Smooth non-polynomial function for optimHess (third derivatives do not vanish).
expfun <- function(x) exp(0.3 * x[1]) + x[1] * x[2]^2 + log(1 + x[2]^2) + sin(x[1] * x[2])

num <- function(v) sprintf("%.17g", v)
vec <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
opt <- function(v) if (is.null(v)) "null" else num(v)
rec <- function(name, method, problem, start, res, parscale = NULL, gradient = FALSE, control = list()) {
  paste0('{"name": "', name, '", "method": "', method, '", "problem": "', problem,
         '", "maxit": ', opt(control$maxit), ', "abstol": ', opt(control$abstol),
         ', "alpha": ', opt(control$alpha), ', "beta": ', opt(control$beta),
         ', "gamma": ', opt(control$gamma), ', "reltol": ', opt(control$reltol),
         ', "start": ', vec(start),
         ', "parscale": ', if (is.null(parscale)) "null" else vec(parscale),
         ', "analyticGradient": ', if (gradient) "true" else "false",
         ', "par": ', vec(res$par), ', "value": ', num(res$value),
         ', "fncount": ', res$counts[1], ', "grcount": ', ifelse(is.na(res$counts[2]), 0, res$counts[2]),
         ', "convergence": ', res$convergence, '}')
}
runs <- c(
  rec("rosen_nm", "Nelder-Mead", "rosenbrock", c(-1.2, 1), optim(c(-1.2, 1), fr)),
  rec("rosen_bfgs", "BFGS", "rosenbrock", c(-1.2, 1), optim(c(-1.2, 1), fr, method = "BFGS")),
  rec("rosen_bfgs_grad", "BFGS", "rosenbrock", c(-1.2, 1),
      optim(c(-1.2, 1), fr, grr, method = "BFGS"), gradient = TRUE),
  rec("wood_nm", "Nelder-Mead", "wood", c(-3, -1, -3, -1), optim(c(-3, -1, -3, -1), wood)),
  rec("wood_bfgs", "BFGS", "wood", c(-3, -1, -3, -1),
      optim(c(-3, -1, -3, -1), wood, method = "BFGS")),
  rec("quad3_nm", "Nelder-Mead", "quad3", c(0, 0, 0), optim(c(0, 0, 0), quad3)),
  rec("quad3_bfgs", "BFGS", "quad3", c(0, 0, 0), optim(c(0, 0, 0), quad3, method = "BFGS")),
  rec("quad3_bfgs_parscale", "BFGS", "quad3", c(0, 0, 0),
      optim(c(0, 0, 0), quad3, method = "BFGS", control = list(parscale = c(1, 1, 100))),
      parscale = c(1, 1, 100)),
  rec("quad3_nm_parscale", "Nelder-Mead", "quad3", c(0, 0, 0),
      optim(c(0, 0, 0), quad3, control = list(parscale = c(1, 1, 100))), parscale = c(1, 1, 100)),
  # Non-default controls: evaluation / iteration caps, abstol, simplex coefficients, reltol.
  rec("rosen_nm_maxit50", "Nelder-Mead", "rosenbrock", c(-1.2, 1),
      optim(c(-1.2, 1), fr, control = list(maxit = 50)), control = list(maxit = 50)),
  rec("rosen_bfgs_maxit5", "BFGS", "rosenbrock", c(-1.2, 1),
      optim(c(-1.2, 1), fr, method = "BFGS", control = list(maxit = 5)), control = list(maxit = 5)),
  rec("rosen_nm_abstol", "Nelder-Mead", "rosenbrock", c(-1.2, 1),
      optim(c(-1.2, 1), fr, control = list(abstol = 1e-3)), control = list(abstol = 1e-3)),
  rec("rosen_bfgs_abstol", "BFGS", "rosenbrock", c(-1.2, 1),
      optim(c(-1.2, 1), fr, method = "BFGS", control = list(abstol = 1e-2)), control = list(abstol = 1e-2)),
  rec("wood_nm_coefficients", "Nelder-Mead", "wood", c(-3, -1, -3, -1),
      optim(c(-3, -1, -3, -1), wood, control = list(alpha = 1.2, beta = 0.4, gamma = 2.5, maxit = 2000)),
      control = list(alpha = 1.2, beta = 0.4, gamma = 2.5, maxit = 2000)),
  rec("wood_bfgs_reltol", "BFGS", "wood", c(-3, -1, -3, -1),
      optim(c(-3, -1, -3, -1), wood, method = "BFGS", control = list(reltol = 1e-12, maxit = 500)),
      control = list(reltol = 1e-12, maxit = 500))
)
hess <- function(name, problem, at, H, parscale = NULL) {
  paste0('{"name": "', name, '", "problem": "', problem, '", "at": ', vec(at),
         ', "parscale": ', if (is.null(parscale)) "null" else vec(parscale),
         ', "hessian": ', vec(as.vector(H)), '}')
}
hs <- c(
  hess("rosen_at_opt", "rosenbrock", c(1, 1), optimHess(c(1, 1), fr)),
  hess("rosen_at_start", "rosenbrock", c(-1.2, 1), optimHess(c(-1.2, 1), fr)),
  hess("exp_at", "expfun", c(0.7, -0.4), optimHess(c(0.7, -0.4), expfun)),
  hess("exp_at_parscale", "expfun", c(0.7, -0.4),
       optimHess(c(0.7, -0.4), expfun, control = list(parscale = c(2, 0.5))), parscale = c(2, 0.5))
)
opt1 <- function(name, problem, lower, upper, res, tol = .Machine$double.eps^0.25) {
  paste0('{"name": "', name, '", "problem": "', problem, '", "lower": ', num(lower),
         ', "upper": ', num(upper), ', "tol": ', num(tol), ', "minimum": ', num(res$minimum),
         ', "objective": ', num(res$objective), '}')
}
f1 <- function(x) (x - 1/3)^2
f2 <- function(x) sin(x)
f3 <- function(x) ifelse(x > -1 & x < 4, exp(-1/abs(x - 1)), 10)   # R ?optimize example
f4 <- function(x) x^4 - 3 * x^3 + 2
os <- c(
  opt1("quadratic", "f1", 0, 1, optimize(f1, c(0, 1))),
  opt1("sine", "f2", 0, 2 * pi, optimize(f2, c(0, 2 * pi))),
  opt1("flat", "f3", -4, 20, optimize(f3, c(-4, 20))),
  opt1("quartic", "f4", -1, 4, optimize(f4, c(-1, 4))),
  opt1("quartic_tight", "f4", -1, 4, optimize(f4, c(-1, 4), tol = 1e-10), tol = 1e-10)
)
root1 <- function(name, problem, lower, upper, res, tol = .Machine$double.eps^0.25) {
  paste0('{"name": "', name, '", "problem": "', problem, '", "lower": ', num(lower),
         ', "upper": ', num(upper), ', "tol": ', num(tol), ', "root": ', num(res$root),
         ', "froot": ', num(res$f.root), ', "iter": ', res$iter, ', "estimPrec": ', num(res$estim.prec), '}')
}
g1 <- function(x) x^3 - x - 1
g2 <- function(x) cos(x) - x
g3 <- function(x) exp(x) - 5
g4 <- function(x) x - 1
rs <- c(
  root1("cubic", "g1", 1, 2, uniroot(g1, c(1, 2))),
  root1("cosine", "g2", 0, 1, uniroot(g2, c(0, 1))),
  root1("exp_tight", "g3", 0, 3, uniroot(g3, c(0, 3), tol = 1e-12), tol = 1e-12),
  root1("endpoint", "g4", 1, 3, uniroot(g4, c(1, 3)))
)
cat('{"optim": [\n', paste(runs, collapse = ",\n"), '\n], "hessian": [\n',
    paste(hs, collapse = ",\n"), '\n], "optimize": [\n', paste(os, collapse = ",\n"),
    '\n], "uniroot": [\n', paste(rs, collapse = ",\n"), '\n]}\n',
    file = "optim_reference.json", sep = "")
