;;; dfsch-workload.scm -- the workload of recipes/dfsch.sh: list, string,
;;; vector and closure code (recursion, sorting, association lists).
;;; Prints one line per part; the output must be the same in every build.

(define (show name value)
  (display name) (display " ") (display value) (newline))

(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))

(define (iota-list n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons i acc)))))

(define (insert x sorted)
  (cond ((null? sorted) (list x))
        ((< x (car sorted)) (cons x sorted))
        (else (cons (car sorted) (insert x (cdr sorted))))))

(define (isort l) (if (null? l) '() (insert (car l) (isort (cdr l)))))

(define (scramble l k)
  (map (lambda (x) (% (* (+ x 7) k) 1009)) l))

(define (sum l) (if (null? l) 0 (+ (car l) (sum (cdr l)))))

(define (make-counter)
  (let ((n 0)) (lambda () (set! n (+ n 1)) n)))

(define (repeat k thunk)
  (let loop ((i 0) (last #f))
    (if (= i k) last (loop (+ i 1) (thunk)))))

(define (alist-build n)
  (let loop ((i 0) (al '()))
    (if (= i n) al (loop (+ i 1) (cons (cons i (* i i)) al)))))

(define (alist-sum al keys)
  (sum (map (lambda (k) (cdr (assv k al))) keys)))

(define (vec-fill n)
  (let ((v (make-vector n 0)))
    (let loop ((i 0))
      (if (< i n) (begin (vector-set! v i (* i 3)) (loop (+ i 1)))))
    v))

(define (vec-sum v)
  (let loop ((i 0) (s 0))
    (if (= i (vector-length v)) s (loop (+ i 1) (+ s (vector-ref v i))))))

(define (str-build n)
  (let loop ((i 0) (s ""))
    (if (= i n) s (loop (+ i 1) (string-append s (number->string (% i 10)))))))

(define (run-all k)
  (show "fib" (fib 20))
  (show "sort" (sum (isort (scramble (iota-list 300) k))))
  (show "counter" (repeat 5000 (make-counter)))
  (show "alist" (alist-sum (alist-build 200) (iota-list 200)))
  (show "vector" (vec-sum (vec-fill 5000)))
  (show "string" (string-length (str-build 800))))

(let loop ((k 1))
  (if (<= k 5) (begin (run-all k) (loop (+ k 1)))))
