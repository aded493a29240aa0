// BLAS through OpenBLAS's cblas.h; LAPACK through its Fortran symbols.
//
// Debian ships no LAPACKE, so the LAPACK routines Almanac calls are declared here
// with the Fortran calling convention: every argument by pointer, and one hidden
// trailing `size_t` length per CHARACTER argument (gfortran ABI). Integers are
// LAPACK's default 32-bit INTEGER.
#ifndef ALMANAC_CLAPACK_SHIM_H
#define ALMANAC_CLAPACK_SHIM_H

#include <stddef.h>
#include <cblas.h>

// QR with column pivoting, and applying / forming Q.
void dgeqp3_(const int *m, const int *n, double *a, const int *lda, int *jpvt,
             double *tau, double *work, const int *lwork, int *info);
void dgeqrf_(const int *m, const int *n, double *a, const int *lda, double *tau,
             double *work, const int *lwork, int *info);
void dormqr_(const char *side, const char *trans, const int *m, const int *n,
             const int *k, const double *a, const int *lda, const double *tau,
             double *c, const int *ldc, double *work, const int *lwork, int *info,
             size_t side_len, size_t trans_len);
void dorgqr_(const int *m, const int *n, const int *k, double *a, const int *lda,
             const double *tau, double *work, const int *lwork, int *info);

// Triangular solve and inverse.
void dtrtrs_(const char *uplo, const char *trans, const char *diag, const int *n,
             const int *nrhs, const double *a, const int *lda, double *b,
             const int *ldb, int *info, size_t uplo_len, size_t trans_len,
             size_t diag_len);
void dtrtri_(const char *uplo, const char *diag, const int *n, double *a,
             const int *lda, int *info, size_t uplo_len, size_t diag_len);

// Cholesky.
void dpotrf_(const char *uplo, const int *n, double *a, const int *lda, int *info,
             size_t uplo_len);
void dpotrs_(const char *uplo, const int *n, const int *nrhs, const double *a,
             const int *lda, double *b, const int *ldb, int *info, size_t uplo_len);
void dpotri_(const char *uplo, const int *n, double *a, const int *lda, int *info,
             size_t uplo_len);

// LU: factor, solve, inverse, condition number.
void dgetrf_(const int *m, const int *n, double *a, const int *lda, int *ipiv,
             int *info);
void dgetrs_(const char *trans, const int *n, const int *nrhs, const double *a,
             const int *lda, const int *ipiv, double *b, const int *ldb, int *info,
             size_t trans_len);
void dgetri_(const int *n, double *a, const int *lda, const int *ipiv, double *work,
             const int *lwork, int *info);
void dgesv_(const int *n, const int *nrhs, double *a, const int *lda, int *ipiv,
            double *b, const int *ldb, int *info);
void dgecon_(const char *norm, const int *n, const double *a, const int *lda,
             const double *anorm, double *rcond, double *work, int *iwork, int *info,
             size_t norm_len);
double dlange_(const char *norm, const int *m, const int *n, const double *a,
               const int *lda, double *work, size_t norm_len);

// Singular value decomposition.
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda,
             double *s, double *u, const int *ldu, double *vt, const int *ldvt,
             double *work, const int *lwork, int *iwork, int *info, size_t jobz_len);
void dgesvd_(const char *jobu, const char *jobvt, const int *m, const int *n,
             double *a, const int *lda, double *s, double *u, const int *ldu,
             double *vt, const int *ldvt, double *work, const int *lwork, int *info,
             size_t jobu_len, size_t jobvt_len);

// Symmetric eigenproblem.
void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a,
             const int *lda, double *w, double *work, const int *lwork, int *iwork,
             const int *liwork, int *info, size_t jobz_len, size_t uplo_len);

// General (nonsymmetric) eigenproblem: polynomial roots via companion matrices.
void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a,
            const int *lda, double *wr, double *wi, double *vl, const int *ldvl,
            double *vr, const int *ldvr, double *work, const int *lwork, int *info,
            size_t jobvl_len, size_t jobvr_len);

// Linear least squares (QR / SVD).
void dgels_(const char *trans, const int *m, const int *n, const int *nrhs,
            double *a, const int *lda, double *b, const int *ldb, double *work,
            const int *lwork, int *info, size_t trans_len);

#endif
