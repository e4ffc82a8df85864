package pgstore

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"golang.org/x/crypto/argon2"
)

// The argon2id parameters of new hashes (OWASP's: 19 MiB, 2 passes, one
// lane). A hash records its own, so that they can be raised later without
// locking anyone out.
const (
	argonMemory  = 19 * 1024 // KiB
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// oneTimeAlphabet has no characters a clerk could read one for another
// (0 O o, 1 l I).
const oneTimeAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// oneTimeLen is the length of a one-time password: 56^12, about 2^70.
const oneTimeLen = 12

// MinPasswordLen is the shortest password SetPassword accepts.
const MinPasswordLen = 8

// ErrShortPassword is a new password shorter than MinPasswordLen.
var ErrShortPassword = errors.New("password too short")

// oneTimePassword returns a random password of oneTimeLen characters of
// oneTimeAlphabet.
func oneTimePassword() (string, error) {
	var b strings.Builder
	max := big.NewInt(int64(len(oneTimeAlphabet)))
	for range oneTimeLen {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", fmt.Errorf("one-time password: %w", err)
		}
		b.WriteByte(oneTimeAlphabet[n.Int64()])
	}
	return b.String(), nil
}

// hashPassword returns the argon2id hash of password with a random salt,
// in the PHC string format: $argon2id$v=19$m=…,t=…,p=…$salt$hash.
func hashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// checkPassword reports whether password has the PHC-encoded argon2id
// hash encoded, comparing in constant time.
func checkPassword(encoded, password string) (bool, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errors.New("password hash: not an argon2id PHC string")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, fmt.Errorf("password hash: version %q", parts[2])
	}
	var memory, time uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &time, &threads); err != nil {
		return false, fmt.Errorf("password hash: parameters %q: %w", parts[3], err)
	}
	enc := base64.RawStdEncoding
	salt, err := enc.DecodeString(parts[4])
	if err != nil {
		return false, fmt.Errorf("password hash: salt: %w", err)
	}
	want, err := enc.DecodeString(parts[5])
	if err != nil || len(want) == 0 {
		return false, fmt.Errorf("password hash: key: %v", err)
	}
	got := argon2.IDKey([]byte(password), salt, time, memory, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// decoyHash is checked against when no account has the name signing in,
// so that an unknown name takes as long as a wrong password. No password
// has it (its key is zeros).
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$eHhna2RlY295c2FsdDAwMA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
