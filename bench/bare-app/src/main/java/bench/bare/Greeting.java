package bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The one entity of the baseline app. */
@Entity
public class Greeting extends PanacheEntity {
    public String text;
}
