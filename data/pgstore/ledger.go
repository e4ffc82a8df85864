package pgstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// PutPublications writes the unit's items in one transaction: an item
// new by its 索引号 is added, one whose data changed is updated (its
// updated_at set to now), an unchanged one is left as it is. The tallies
// follow (0006's trigger).
func (u *Unit) PutPublications(ctx context.Context, ps []report.Publication, now time.Time) error {
	return u.write(ctx, func(tx pgx.Tx) error {
		for _, p := range ps {
			vals := []any{p.Title, p.DocNo, dateArg(p.Published), p.Category, strings.Join(p.Channels, "、"),
				p.Department, p.KeyArea, p.FromRequest, dateArg(p.Formed)}
			args := append([]any{u.id, p.IndexNo}, vals...)
			args = append(args, originArgs(p.Origin, vals, now)...)
			if _, err := tx.Exec(ctx, putPublication, args...); err != nil {
				return fmt.Errorf("write publication %s: %w", p.IndexNo, err)
			}
		}
		return nil
	})
}

const putPublication = `INSERT INTO publications AS t (unit_id, index_no, title, doc_no, published, category, channels,
		department, key_area, from_request, formed, src_file, src_sheet, src_row, row_hash, updated_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
	ON CONFLICT (unit_id, index_no) DO UPDATE SET title = excluded.title, doc_no = excluded.doc_no,
		published = excluded.published, category = excluded.category, channels = excluded.channels,
		department = excluded.department, key_area = excluded.key_area, from_request = excluded.from_request,
		formed = excluded.formed, src_file = excluded.src_file, src_sheet = excluded.src_sheet,
		src_row = excluded.src_row, row_hash = excluded.row_hash, updated_at = excluded.updated_at
	WHERE t.row_hash <> excluded.row_hash`

// PutRequests writes the unit's applications in one transaction, as
// PutPublications its items.
func (u *Unit) PutRequests(ctx context.Context, rs []report.Request, now time.Time) error {
	return u.write(ctx, func(tx pgx.Tx) error {
		for _, r := range rs {
			vals := []any{dateArg(r.Received), string(r.Applicant), r.ApplicantName, r.Contact, r.Content, r.Method,
				dateArg(r.CorrectionAsked), dateArg(r.CorrectionReceived), dateArg(r.ExtensionNotified),
				dateArg(r.ConsultStart), dateArg(r.ConsultEnd), dateArg(r.Concluded), string(r.Outcome), r.Note,
				dateArg(r.Registered)}
			args := append([]any{u.id, r.ID}, vals...)
			args = append(args, originArgs(r.Origin, vals, now)...)
			if _, err := tx.Exec(ctx, putRequest, args...); err != nil {
				return fmt.Errorf("write request %s: %w", r.ID, err)
			}
		}
		return nil
	})
}

const putRequest = `INSERT INTO requests AS t (unit_id, id, received, applicant_type, applicant_name, contact, content,
		method, correction_asked, correction_received, extension_notified, consult_start, consult_end,
		concluded, outcome, note, registered, src_file, src_sheet, src_row, row_hash, updated_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
	ON CONFLICT (unit_id, id) DO UPDATE SET received = excluded.received,
		applicant_type = excluded.applicant_type, applicant_name = excluded.applicant_name,
		contact = excluded.contact, content = excluded.content, method = excluded.method,
		correction_asked = excluded.correction_asked, correction_received = excluded.correction_received,
		extension_notified = excluded.extension_notified, consult_start = excluded.consult_start,
		consult_end = excluded.consult_end, concluded = excluded.concluded, outcome = excluded.outcome,
		note = excluded.note, registered = excluded.registered, src_file = excluded.src_file,
		src_sheet = excluded.src_sheet, src_row = excluded.src_row, row_hash = excluded.row_hash,
		updated_at = excluded.updated_at
	WHERE t.row_hash <> excluded.row_hash`

// metaCols are the columns every ledger query ends with, read by origin.
const metaCols = "src_file, src_sheet, src_row, updated_at"

// origin scans metaCols.
type origin struct {
	file, sheet *string
	row         *int
	updated     time.Time
}

func (o *origin) dest() []any { return []any{&o.file, &o.sheet, &o.row, &o.updated} }

func (o *origin) origin() report.Origin {
	r := report.Origin{Updated: o.updated.In(chinaTime)}
	if o.file != nil {
		r.File = *o.file
	}
	if o.sheet != nil {
		r.Sheet = *o.sheet
	}
	if o.row != nil {
		r.Row = *o.row
	}
	return r
}

// chinaTime is the zone the instants a row was written are given in:
// China Standard Time (UTC+8, no daylight saving), the zone every clerk
// writes the ledgers in and reads the messages in. SQLite gives them in
// the zone of the program that wrote them (the clerk's PC, CST); pgx would
// give them in the server process's zone, often UTC in a container, and
// 「于 … 修改」 would then say 02:30 of a change made at 10:30.
var chinaTime = time.FixedZone("CST", 8*3600)

// originArgs are the values of a row's src_file, src_sheet, src_row,
// row_hash and updated_at.
func originArgs(o report.Origin, vals []any, now time.Time) []any {
	return []any{nullString(o.File), nullString(o.Sheet), nullInt(o.Row), rowHash(vals), now}
}

// rowHash is the hash of a row's data columns, as data's: the first 16
// bytes of SHA-256 over each value as fmt's %v prints it, each followed by
// 0x1F, in hex.
func rowHash(vals []any) string {
	var b []byte
	for _, v := range vals {
		if v == nil {
			b = append(b, "<nil>"...)
		} else {
			b = fmt.Appendf(b, "%v", v)
		}
		b = append(b, 0x1f)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// dateCol scans a nullable ISO date column into a report.Date.
type dateCol struct{ d *report.Date }

func (c dateCol) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*c.d = 0
		return nil
	case string:
		d, err := report.ParseISO(x)
		*c.d = d
		return err
	}
	return fmt.Errorf("date column: unexpected %T", v)
}

func dateArg(d report.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func yearArgs(y int) (string, string) {
	return report.YearStart(y).String(), report.YearEnd(y).String()
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "、")
}
