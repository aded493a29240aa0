# Rejection rates at 5% of impact's p-values from the per-replicate dump of the harness:
#   SHOW_PVALUES=1 breaks-size-power --cells impact --noise 0.5,0.8,airline --impact-reps 1000 --impact-boot 99 > pv.txt
#   python3 impact_pvalues.py pv.txt
# Lines "pvalues,replicate,model,bootstrap p,normal p,bootstrap omnibus p,F p,z", six cells of equal size in order.
import re,sys
import numpy as np
rows=[]
for l in open(sys.argv[1]):
    m=re.match(r'^pvalues,(\d+),(.*),([^,]+),([^,]+),([^,]+),([^,]+),([^,]+)$',l.strip())
    if m: rows.append([float(m.group(i)) for i in range(3,8)])
a=np.array(rows); n=len(a)//6
names=['phi0.5 L55','phi0.5 L12','phi0.8 L55','phi0.8 L12','airline L55','airline L12']
for i in range(6):
    c=a[i*n:(i+1)*n]
    print(f"{names[i]:12s} n={len(c)} boot cum<=.05 {np.mean(c[:,0]<=0.05):.3f} (<.05 {np.mean(c[:,0]<0.05):.3f}) normal {np.mean(c[:,1]<=0.05):.3f} | boot omni {np.mean(c[:,2]<=0.05):.3f} F {np.mean(c[:,3]<=0.05):.3f}")
