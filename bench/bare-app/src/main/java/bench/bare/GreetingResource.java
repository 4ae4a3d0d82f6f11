package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import java.util.List;

@Path("/greetings")
public class GreetingResource {

    @GET
    public List<Greeting> list() {
        return Greeting.listAll();
    }
}
